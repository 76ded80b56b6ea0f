// vungtrong-cli journal: the edit journal beside a project (geo/edit_journal.h)
// as a table of who changed what and when, or as the audit CSV (--csv).
#include <filesystem>
#include <iostream>
#include <ostream>

#include "command_line.h"
#include "format.h"
#include "geo/edit_journal.h"
#include "geo/error.h"

namespace cli {
namespace {

const char* actionText(const geo::JournalRecord& r) {
    switch (r.type) {
        case geo::JournalRecord::Type::Saved: return "saved";
        case geo::JournalRecord::Type::Discarded: return "discarded";
        case geo::JournalRecord::Type::Edit: break;
    }
    switch (r.edit.kind) {
        case geo::FeatureEdit::Kind::Insert: return "insert";
        case geo::FeatureEdit::Kind::Delete: return "delete";
        case geo::FeatureEdit::Kind::Update: break;
    }
    return "update";
}

int runJournal(const Arguments& args, std::ostream& out) {
    const std::filesystem::path project = args.positional[0];
    std::error_code ec;
    if (!std::filesystem::is_regular_file(project, ec))
        throw geo::IoError("cannot read the project '" + project.string() + "': no such file");
    const std::filesystem::path journal = geo::editJournalPath(project);
    if (!std::filesystem::exists(journal, ec)) {
        out << "no edits: " << project.string() << " has no edit journal (" << journal.filename().string() << ")\n";
        return Success;
    }
    geo::JournalContents contents = geo::readEditJournal(journal);
    for (const auto& w : contents.warnings) std::cerr << "vungtrong-cli journal: " << w << "\n";
    const std::size_t unsaved = geo::recoverableEdits(journal).size();
    if (args.has("--csv")) {
        const std::string path = args.get("--csv");
        std::size_t rows = geo::exportJournalCsv(journal, path);
        out << "wrote " << rows << " record(s) of " << journal.string() << " to " << path << "\n";
        return Success;
    }
    TextTable table({"time", "user", "layer", "action", "fid"}, {false, false, false, false, true});
    for (const auto& r : contents.records) {
        std::string fid;
        if (r.type == geo::JournalRecord::Type::Edit && r.edit.fid >= 0) fid = std::to_string(r.edit.fid);
        table.addRow({r.edit.time, r.edit.user, r.edit.layer, actionText(r), fid});
    }
    out << table.render();
    out << contents.records.size() << " record(s); " << unsaved
        << " edit(s) not saved (the app offers them back when it opens the project)\n";
    return Success;
}

}  // namespace

CommandSpec journalCommand() {
    return {"journal",
            "PROJECT",
            "the edit journal beside PROJECT (PROJECT.edits.jsonl): every edit made in the app, when and by whom, "
            "and which edits were never saved",
            {{"--csv", "FILE", "write the audit log to FILE as CSV (one row per edit or save, attributes before and "
                               "after as JSON, geometry as WKT)"}},
            1,
            1,
            runJournal};
}

}  // namespace cli
