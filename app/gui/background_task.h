#pragma once
// Long work (reading a project or a layer, statistics, exports) off the GUI
// thread, with a window-modal progress dialog whose Cancel stops the work
// through geo::ProgressFn. Returns when the work is done; the GUI keeps
// running meanwhile.
#include <QString>
#include <functional>
#include <memory>

#include "document.h"

class QWidget;

namespace vt::gui {

struct BackgroundResult {
    std::shared_ptr<Document> doc;  // what the job returned (may be none)
    QString error;                  // what it threw, "" when it did not
    bool cancelled = false;         // Cancel was pressed (geo::Cancelled)
};

BackgroundResult runInBackground(QWidget* parent, const QString& label,
                                 std::function<std::shared_ptr<Document>(const geo::ProgressFn&)> job);

}  // namespace vt::gui
