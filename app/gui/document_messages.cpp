#include "document_messages.h"

#include "geo/error.h"
#include "geo/zone_fields.h"

namespace vt::gui {

QStringList DocumentMessages::of(const Document& doc, const QStringList& styleProblems) {
    QStringList lines;
    const auto tagged = [](const QString& severity, const std::string& id, const QString& text) {
        return severity + QStringLiteral(" [") + toQString(id) + QStringLiteral("] ") + text;
    };
    for (const auto& b : doc.basemaps)
        if (!b.problem.isEmpty()) lines << tagged(tr("Warning"), b.source.id, b.problem);
    for (const auto& issue : doc.workspace.issues)
        lines << tagged(issue.severity == geo::LoadIssue::Severity::Error ? tr("Error") : tr("Warning"), issue.layerId,
                        toQString(issue.message));
    for (const auto& l : doc.workspace.layers)
        for (const auto& r : l.repairs)
            lines << tr("Repaired [%1] feature %2: %3").arg(toQString(l.spec.id)).arg(r.fid).arg(toQString(r.what));
    for (const QString& problem : styleProblems) lines << tr("Style: %1").arg(problem);
    if (!doc.statisticsError.isEmpty()) lines << tr("Statistics could not be computed: %1").arg(doc.statisticsError);
    for (const auto& w : doc.crosswalkWarnings) lines << tr("Crosswalk: %1").arg(toQString(w));
    // Statistics by a layer the project gives no code/name fields: say which fields name its zones.
    geo::ZoneFieldChoice choice;
    try {
        if (doc.zones >= 0) choice = geo::describeZoneFields(doc.workspace.layers[static_cast<std::size_t>(doc.zones)]);
    } catch (const geo::Error&) {
        // A field the project names is missing: the statistics error above says so.
    }
    if (choice.chosen())
        lines << tr("Zones of layer %1 are named by the field %2 (code) and %3 (name): the project names no fields "
                    "for this layer, and these differ between features.")
                     .arg(toQString(choice.layerId), toQString(choice.codeField), toQString(choice.nameField));
    for (const auto& [name, features] : choice.repeatedNames)
        lines << tr("Zone name %1 (%2) is held by %3 zones of layer %4: tell them apart by their codes.")
                     .arg(toQString(name), toQString(choice.nameField))
                     .arg(features.size())
                     .arg(toQString(choice.layerId));
    return lines;
}

}  // namespace vt::gui
