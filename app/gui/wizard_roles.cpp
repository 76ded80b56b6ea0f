#include "wizard_roles.h"

#include <QFileInfo>
#include <algorithm>
#include <map>

#include "document.h"
#include "geo/field_suggestions.h"
#include "new_project_wizard.h"

namespace vt::gui {

geo::LayerRole layerRoleOf(WizardRole role) {
    switch (role) {
        case WizardRole::Zones: return geo::LayerRole::Zones;
        case WizardRole::PlantingAreas: return geo::LayerRole::PlantingAreas;
        case WizardRole::Cooperatives: return geo::LayerRole::Cooperatives;
        case WizardRole::Investments: return geo::LayerRole::Investments;
        case WizardRole::Boundary: return geo::LayerRole::Boundary;
        case WizardRole::Loans:
        case WizardRole::Table: return geo::LayerRole::Table;
    }
    return geo::LayerRole::Table;
}

std::vector<std::string> wizardFieldKeys(WizardRole role) {
    if (role == WizardRole::Loans) return {"cooperative", "amount_vnd", "year"};
    std::vector<std::string> keys;
    for (const auto& k : geo::roleFieldKeys(layerRoleOf(role))) keys.push_back(k.key);
    return keys;
}

namespace wizard {

const std::vector<WizardRole>& allRoles() {
    static const std::vector<WizardRole> roles = {WizardRole::Zones,       WizardRole::PlantingAreas, WizardRole::Cooperatives,
                                                  WizardRole::Investments, WizardRole::Loans,         WizardRole::Boundary,
                                                  WizardRole::Table};
    return roles;
}

QString roleLabel(WizardRole role) {
    switch (role) {
        case WizardRole::Zones: return NewProjectWizard::tr("Zones (districts, communes)");
        case WizardRole::PlantingAreas: return NewProjectWizard::tr("Planting areas");
        case WizardRole::Cooperatives: return NewProjectWizard::tr("Cooperatives");
        case WizardRole::Investments: return NewProjectWizard::tr("Investments");
        case WizardRole::Loans: return NewProjectWizard::tr("Loans (table)");
        case WizardRole::Boundary: return NewProjectWizard::tr("Province boundary");
        case WizardRole::Table: return NewProjectWizard::tr("Other table");
    }
    return {};
}

QString keyLabel(const std::string& key) {
    static const std::map<std::string, const char*> labels = {
        {"code", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "Code")},
        {"name", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "Name")},
        {"kind", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "Kind")},
        {"crop", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "Crop")},
        {"cooperative", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "Cooperative code")},
        {"declared_ha", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "Declared area (ha)")},
        {"key", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "Cooperative code (key)")},
        {"members", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "Members")},
        {"ocop_stars", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "OCOP stars")},
        {"amount_vnd", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "Amount (VND)")},
        {"programme", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "Programme")},
        {"year", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "Year")},
        {"x", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "X (easting, longitude)")},
        {"y", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "Y (northing, latitude)")},
        {"wkt", QT_TRANSLATE_NOOP("vt::gui::NewProjectWizard", "Geometry as WKT")},
    };
    auto it = labels.find(key);
    return it == labels.end() ? toQString(key) : NewProjectWizard::tr(it->second);
}

WizardRole suggestedRole(const geo::Layer& layer, const QString& fileName) {
    std::vector<std::string> columns;
    for (const auto& f : layer.fields) columns.push_back(f.name);
    const geo::RoleSuggestion s = geo::suggestRole(columns);
    const QString base = QFileInfo(fileName).completeBaseName().toLower();
    const bool located = std::any_of(layer.features.begin(), layer.features.end(),
                                     [](const geo::Feature& f) { return f.geometry.kind != geo::GeometryKind::None; });
    // A loan register has an investment's columns; its name tells them apart.
    if (s.role == geo::LayerRole::Investments && (base.contains(QStringLiteral("vay")) || base.contains(QStringLiteral("loan"))))
        return WizardRole::Loans;
    switch (s.role) {
        case geo::LayerRole::Investments: return WizardRole::Investments;
        // Zones, planting areas and cooperatives are places: a table without
        // coordinates is none of them (a list of groups by commune code, say).
        case geo::LayerRole::Zones:
            if (!located) return WizardRole::Table;
            return layer.features.size() == 1 ? WizardRole::Boundary : WizardRole::Zones;  // one polygon: the province
        case geo::LayerRole::PlantingAreas: return located ? WizardRole::PlantingAreas : WizardRole::Table;
        case geo::LayerRole::Cooperatives: return located ? WizardRole::Cooperatives : WizardRole::Table;
        default: return WizardRole::Table;
    }
}

std::string crsIdOf(const geo::CrsInfo& crs) { return crs.authorityCode.empty() ? crs.definition : crs.authorityCode; }

QStringList encodings() {
    return {QStringLiteral("UTF-8"), QStringLiteral("CP1258"), QStringLiteral("TCVN3"), QStringLiteral("VNI"),
            QStringLiteral("ISO-8859-1")};
}

}  // namespace wizard

}  // namespace vt::gui
