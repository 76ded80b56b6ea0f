#pragma once
// One walk over a geometry's vertices, so that code that treats every vertex
// (or every vertex list) alike does not spell out points → lines → polygons →
// rings again. Each walk takes a const or a mutable Geometry and hands fn
// parts of the same constness, so one template serves reading and editing.
// Order: the point list, then lines, then each polygon's rings (exterior
// first), as the members are stored.
#include <concepts>
#include <type_traits>
#include <vector>

#include "geo/geometry.h"

namespace geo {

template <class G>
concept GeometryObject = std::same_as<std::remove_const_t<G>, Geometry>;

// fn(ring) for each ring of each polygon (no lines, no points).
template <GeometryObject G, class Fn>
void forEachRing(G& g, Fn&& fn) {
    for (auto& poly : g.polygons)
        for (auto& ring : poly.rings) fn(ring);
}

// fn(path) for each line, then each ring: the parts that have edges.
template <GeometryObject G, class Fn>
void forEachPath(G& g, Fn&& fn) {
    for (auto& line : g.lines) fn(line);
    forEachRing(g, fn);
}

// fn(list) for the point list, then each path: for work done a vertex list
// at a time (PROJ's batch transform, a check that reports the list).
template <GeometryObject G, class Fn>
void forEachVertexList(G& g, Fn&& fn) {
    fn(g.points);
    forEachPath(g, fn);
}

// fn(vertex) for every vertex.
template <GeometryObject G, class Fn>
void forEachVertex(G& g, Fn&& fn) {
    forEachVertexList(g, [&](auto& list) {
        for (auto& p : list) fn(p);
    });
}

// Every vertex of g replaced by fn(vertex).
template <class Fn>
void transformVertices(Geometry& g, Fn&& fn) {
    forEachVertex(g, [&](XY& p) { p = fn(p); });
}

// A copy of g with every vertex replaced by fn(vertex).
template <class Fn>
Geometry transformedVertices(Geometry g, Fn&& fn) {
    transformVertices(g, fn);
    return g;
}

}  // namespace geo
