#include "gdal_util.h"

#include <cpl_string.h>

#include <mutex>

namespace geo::detail {

void registerGdalOnce() {
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        // Never reach out to the network for grids or remote files.
        CPLSetConfigOption("PROJ_NETWORK", "OFF");
        CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", "none");
    });
}

GdalErrorCapture::GdalErrorCapture() { CPLPushErrorHandlerEx(handler, &messages_); }
GdalErrorCapture::~GdalErrorCapture() { CPLPopErrorHandler(); }

void CPL_STDCALL GdalErrorCapture::handler(CPLErr level, CPLErrorNum, const char* message) {
    if (level != CE_Failure && level != CE_Warning && level != CE_Fatal) return;
    auto* sink = static_cast<std::vector<std::string>*>(CPLGetErrorHandlerUserData());
    if (sink && message) sink->emplace_back(message);
}

std::vector<std::string> GdalErrorCapture::take() {
    std::vector<std::string> out;
    out.swap(messages_);
    return out;
}

OptionList::~OptionList() { CSLDestroy(list_); }

void OptionList::set(const std::string& key, const std::string& value) {
    list_ = CSLSetNameValue(list_, key.c_str(), value.c_str());
}

}  // namespace geo::detail
