#pragma once
// The app's one selection, shared by the map, the statistics table and the
// attribute tables: a set of feature indexes per layer id. Views change it and
// listen to it; `origin` lets a view ignore the echo of its own change.
#include <QObject>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace vt::gui {

class SelectionModel : public QObject {
    Q_OBJECT
public:
    using Features = std::set<int>;
    explicit SelectionModel(QObject* parent = nullptr) : QObject(parent) {}

    const std::map<std::string, Features>& all() const { return selected_; }
    Features features(const std::string& layerId) const;
    bool isEmpty() const;
    bool contains(const std::string& layerId, int feature) const;

    // Replaces the whole selection with these features.
    void select(const std::string& layerId, const std::vector<int>& features, const QObject* origin = nullptr);
    // Replaces the selection with several layers' features at once.
    void selectMany(const std::map<std::string, Features>& selection, const QObject* origin = nullptr);
    void clear(const QObject* origin = nullptr);

signals:
    void changed(const QObject* origin);

private:
    std::map<std::string, Features> selected_;
};

}  // namespace vt::gui
