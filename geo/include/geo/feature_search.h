#pragma once
// Finding features by what people type: a planting-area code, a
// cooperative's key or name, a zone's unit code or name, in any case and with
// or without Vietnamese marks ("thanh tri", "THANH TRI" and "949" all find
// the zone Thạnh Trị). Matching is geo::TextQuery's (geo/text.h).
//
// Which fields are searched, per layer:
// - the fields the project maps as "code", "key" and "name" (the zones
//   layer's "code"/"name", the planting areas' "code", the cooperatives'
//   "key"/"name");
// - none mapped on a polygon layer: the code and name fields geo/zone_fields.h
//   chooses (a layer added by hand, the post-2025 communes);
// - still none: every text field.
// A feature matches when one field matches, or when every word of the query
// occurs in one of its fields ("HTX 949" is not a match: "949" is a zone's).
//
// Order of hits: best rank first (Exact, then Prefix, then Words), then the
// order of the searched layers, then feature order.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "geo/text.h"
#include "geo/workspace.h"

namespace geo {

struct FeatureHit {
    std::size_t layer = 0;    // index into Workspace::layers
    std::size_t feature = 0;  // index into that layer's normalised features
    MatchRank rank = MatchRank::None;
    std::string field;        // the best-matching field's name ("" when only the words together match)
    std::string value;        // its text
};

// The searchable text of some layers, folded once (geo::searchFold), so each
// query is a scan of short strings. REQUIRES: ws outlives it (hits read
// their field's text from it).
class FeatureSearch {
public:
    // layerIds: the layers to search, in this order; empty: every layer with
    // the role zones, then planting areas, then cooperatives, in project
    // order. Throws Error naming an id that is not a loaded layer.
    explicit FeatureSearch(const Workspace& ws, const std::vector<std::string>& layerIds = {});

    // Hits for text, best first (above); at most limit (0: all). Empty text
    // finds nothing.
    std::vector<FeatureHit> find(std::string_view text, std::size_t limit = 0) const;

    // The fields searched in a layer (index into Workspace::layers), by name;
    // empty for a layer not searched.
    std::vector<std::string> fieldsOf(std::size_t layer) const;

private:
    struct SearchedLayer {
        std::size_t layer = 0;
        std::vector<int> fields;
    };
    struct Entry {
        std::size_t searched = 0;  // index into layers_
        std::size_t feature = 0;
        std::string folded;        // searchFold of each field, joined by '\n'
    };
    const Workspace& ws_;
    std::vector<SearchedLayer> layers_;
    std::vector<Entry> entries_;
};

}  // namespace geo
