// geo::normalise does large layers on every core; the result must be the
// same, feature for feature and repair for repair, as on one thread.
#include <gtest/gtest.h>

#include <cstdlib>

#include "geo/crs.h"
#include "geo/error.h"
#include "geo/workspace.h"

namespace {

// 6,000 100 m squares in VN-2000 / TM-3 105-30, every 500th a bow-tie.
geo::Layer manySquares() {
    geo::Layer l;
    l.sourcePath = "/fixture/squares.shp";
    l.name = "squares";
    l.crs = geo::describeCrs("EPSG:9209");
    for (int i = 0; i < 6000; ++i) {
        double x = 520000 + (i % 100) * 150.0, y = 1040000 + (i / 100) * 150.0;
        geo::Ring ring = i % 500 == 7 ? geo::Ring{{x, y}, {x + 100, y + 100}, {x + 100, y}, {x, y + 100}, {x, y}}
                                      : geo::Ring{{x, y}, {x + 100, y}, {x + 100, y + 100}, {x, y + 100}, {x, y}};
        geo::Feature f;
        f.fid = i;
        f.geometry = geo::Geometry::polygon({{ring}});
        l.features.push_back(std::move(f));
    }
    return l;
}

geo::LoadedLayer normaliseWith(const char* threads) {
    ::setenv("VT_THREADS", threads, 1);
    geo::LayerSpec spec;
    spec.id = "squares";
    geo::LoadedLayer out = geo::normalise(spec, manySquares());
    ::unsetenv("VT_THREADS");
    return out;
}

TEST(Normalise, ParallelResultEqualsSingleThreaded) {
    geo::LoadedLayer one = normaliseWith("1");
    geo::LoadedLayer two = normaliseWith("2");
    ASSERT_EQ(one.normalised.features.size(), 6000u);
    ASSERT_EQ(two.normalised.features.size(), 6000u);
    for (std::size_t i = 0; i < 6000; ++i)
        ASSERT_EQ(one.normalised.features[i].geometry, two.normalised.features[i].geometry) << "feature " << i;
    ASSERT_EQ(one.repairs.size(), 12u);  // 7, 507, …, 5507
    ASSERT_EQ(two.repairs.size(), 12u);
    for (std::size_t r = 0; r < 12; ++r) {
        EXPECT_EQ(one.repairs[r].featureIndex, 7 + 500 * r);
        EXPECT_EQ(two.repairs[r].featureIndex, one.repairs[r].featureIndex);
        EXPECT_EQ(two.repairs[r].what, one.repairs[r].what);
    }
    EXPECT_EQ(two.normalised.crs.authorityCode, "EPSG:4326");
    EXPECT_EQ(two.transformation, one.transformation);
    // Bow-ties became their two lobes, in lon/lat.
    EXPECT_EQ(two.normalised.features[7].geometry.polygons.size(), 2u);
    EXPECT_GT(two.normalised.features[7].geometry.polygons[0].rings[0][0].x, 105.0);
}

TEST(Normalise, ReleasingTheFeaturesAsReadGivesTheSameNormalisedLayer) {
    // AsRead::Released (what `stats` uses) moves the features instead of
    // copying them: the normalised layer and the repairs must be what Kept
    // gives, and the source keeps its description but no features.
    geo::LayerSpec spec;
    spec.id = "squares";
    geo::LoadedLayer kept = geo::normalise(spec, manySquares(), geo::AsRead::Kept);
    geo::LoadedLayer released = geo::normalise(spec, manySquares(), geo::AsRead::Released);
    ASSERT_EQ(kept.source.features.size(), 6000u);
    EXPECT_TRUE(released.source.features.empty());
    ASSERT_EQ(released.normalised.features.size(), kept.normalised.features.size());
    for (std::size_t i = 0; i < kept.normalised.features.size(); ++i) {
        ASSERT_EQ(released.normalised.features[i].geometry, kept.normalised.features[i].geometry) << "feature " << i;
        ASSERT_EQ(released.normalised.features[i].fid, kept.normalised.features[i].fid);
    }
    ASSERT_EQ(released.repairs.size(), kept.repairs.size());
    for (std::size_t r = 0; r < kept.repairs.size(); ++r) EXPECT_EQ(released.repairs[r].what, kept.repairs[r].what);
    EXPECT_EQ(released.source.crs.authorityCode, "EPSG:9209");
    EXPECT_EQ(released.source.label(), kept.source.label());
    EXPECT_EQ(released.normalised.crs.authorityCode, "EPSG:4326");
}


// 6,000 small squares in WGS 84 lon/lat; features 1500 and 4321 lie at
// latitude 95 (beyond the pole): the layer is refused naming the first.
geo::Layer squaresBeyondThePole() {
    geo::Layer l;
    l.sourcePath = "/fixture/beyond.gpkg";
    l.name = "beyond";
    l.crs = geo::wgs84();
    for (int i = 0; i < 6000; ++i) {
        double x = 105.5 + (i % 100) * 0.002, y = (i == 1500 || i == 4321) ? 95.0 : 9.5 + (i / 100) * 0.002;
        geo::Feature f;
        f.fid = 100000 + i;
        f.geometry = geo::Geometry::polygon({{geo::Ring{{x, y}, {x + 0.001, y}, {x + 0.001, y + 0.001}, {x, y + 0.001}, {x, y}}}});
        l.features.push_back(std::move(f));
    }
    return l;
}

TEST(Normalise, TheFirstFeatureNotOnEarthIsNamedWhateverTheThreads) {
    for (const char* threads : {"1", "2", "3"}) {
        ::setenv("VT_THREADS", threads, 1);
        geo::LayerSpec spec;
        spec.id = "beyond";
        std::string message;
        try {
            geo::normalise(spec, squaresBeyondThePole());
        } catch (const geo::GeometryError& e) {
            message = e.what();
        }
        ::unsetenv("VT_THREADS");
        // Feature 1500: x = 105.5 + 0 * 0.002, its first vertex at latitude 95.
        EXPECT_NE(message.find("feature FID 101500: a coordinate is not a place on Earth in WGS 84 (lon 105.5"),
                  std::string::npos)
            << threads << " thread(s): " << message;
        EXPECT_NE(message.find("lat 95"), std::string::npos) << message;
    }
}

}  // namespace
