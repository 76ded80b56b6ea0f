#pragma once
// Internal: RAII over GDAL handles and capture of GDAL's error messages.
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <cpl_conv.h>
#include <cpl_error.h>

#include <memory>
#include <type_traits>
#include <string>
#include <vector>

namespace geo::detail {

void registerGdalOnce();

struct DatasetDeleter {
    void operator()(GDALDatasetH d) const {
        if (d) GDALClose(d);
    }
};
using DatasetPtr = std::unique_ptr<void, DatasetDeleter>;

struct FeatureDeleter {
    void operator()(OGRFeatureH f) const {
        if (f) OGR_F_Destroy(f);
    }
};
using FeaturePtr = std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, FeatureDeleter>;

struct GeometryDeleter {
    void operator()(OGRGeometryH g) const {
        if (g) OGR_G_DestroyGeometry(g);
    }
};
using OgrGeometryPtr = std::unique_ptr<std::remove_pointer_t<OGRGeometryH>, GeometryDeleter>;

struct SrsDeleter {
    void operator()(OGRSpatialReferenceH s) const {
        if (s) OSRRelease(s);
    }
};
using SrsPtr = std::unique_ptr<std::remove_pointer_t<OGRSpatialReferenceH>, SrsDeleter>;

// Collects GDAL's CE_Failure/CE_Warning messages while alive (this thread only),
// so they can be reported after the call returns, never thrown through C frames.
class GdalErrorCapture {
public:
    GdalErrorCapture();
    ~GdalErrorCapture();
    GdalErrorCapture(const GdalErrorCapture&) = delete;
    GdalErrorCapture& operator=(const GdalErrorCapture&) = delete;

    const std::vector<std::string>& messages() const { return messages_; }
    std::string last() const { return messages_.empty() ? std::string() : messages_.back(); }
    std::vector<std::string> take();

private:
    static void CPL_STDCALL handler(CPLErr level, CPLErrorNum code, const char* message);
    std::vector<std::string> messages_;
};

// Owns a NULL-terminated char** list for GDAL options.
class OptionList {
public:
    OptionList() = default;
    ~OptionList();
    OptionList(const OptionList&) = delete;
    OptionList& operator=(const OptionList&) = delete;
    void set(const std::string& key, const std::string& value);
    char** get() const { return list_; }

private:
    char** list_ = nullptr;
};

}  // namespace geo::detail
