#include "geo/edit_journal.h"

#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cmath>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "geo/atomic_file.h"
#include "geo/error.h"
#include "ogr_geometry.h"
#include "utc_time.h"

namespace geo {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::string osUser() {
    if (const passwd* pw = ::getpwuid(::geteuid()); pw && pw->pw_name && *pw->pw_name) return pw->pw_name;
    if (const char* user = std::getenv("USER"); user && *user) return user;
    return "uid " + std::to_string(::geteuid());
}

const char* actionName(FeatureEdit::Kind k) {
    switch (k) {
        case FeatureEdit::Kind::Insert: return "insert";
        case FeatureEdit::Kind::Update: return "update";
        case FeatureEdit::Kind::Delete: return "delete";
    }
    return "update";
}

const char* typeName(FieldType t) {
    switch (t) {
        case FieldType::Integer: return "integer";
        case FieldType::Real: return "real";
        case FieldType::Date: return "date";
        case FieldType::String: return "string";
    }
    return "string";
}

FieldType fieldType(const std::string& name) {
    if (name == "integer") return FieldType::Integer;
    if (name == "real") return FieldType::Real;
    if (name == "date") return FieldType::Date;
    return FieldType::String;
}

json valueJson(const Value& v) {
    if (auto* i = std::get_if<std::int64_t>(&v)) return *i;
    if (auto* d = std::get_if<double>(&v)) return std::isfinite(*d) ? json(*d) : json(nullptr);
    if (auto* s = std::get_if<std::string>(&v)) return *s;
    return nullptr;
}

Value jsonValue(const json& j) {
    if (j.is_number_integer()) return j.get<std::int64_t>();
    if (j.is_number()) return j.get<double>();
    if (j.is_string()) return j.get<std::string>();
    return std::monostate{};
}

json valuesJson(const std::vector<Value>& values) {
    json a = json::array();
    for (const auto& v : values) a.push_back(valueJson(v));
    return a;
}

std::vector<Value> jsonValues(const json& a) {
    std::vector<Value> out;
    if (a.is_array())
        for (const auto& v : a) out.push_back(jsonValue(v));
    return out;
}

void fillStamp(JournalEdit& e) {
    if (e.time.empty()) e.time = detail::utcNow("%Y-%m-%dT%H:%M:%SZ");
    if (e.user.empty()) e.user = osUser();
}

json markJson(const char* type, const JournalEdit& who) {
    return json{{"type", type},          {"time", who.time},     {"user", who.user}, {"session", who.session},
                {"layer", who.layer},    {"source", who.source.string()}};
}

// One line, appended and flushed to disk before returning. A line a crash
// cut short is closed first, so that it stays one bad line, not two.
void appendLine(const fs::path& journal, const std::string& line) {
    std::error_code ec;
    const bool existed = fs::exists(journal, ec);
    int fd = ::open(journal.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) throw IoError("cannot write the edit journal '" + journal.string() + "': " + std::strerror(errno));
    std::string text = line + "\n";
    struct stat st {};
    if (::fstat(fd, &st) == 0 && st.st_size > 0) {
        char last = 0;
        int rfd = ::open(journal.c_str(), O_RDONLY | O_CLOEXEC);
        if (rfd >= 0) {
            if (::pread(rfd, &last, 1, st.st_size - 1) == 1 && last != '\n') text.insert(text.begin(), '\n');
            ::close(rfd);
        }
    }
    const char* p = text.data();
    std::size_t left = text.size();
    while (left > 0) {
        ssize_t n = ::write(fd, p, left);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            int err = errno;
            ::close(fd);
            throw IoError("cannot write the edit journal '" + journal.string() + "': " + std::strerror(err));
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) {
        int err = errno;
        ::close(fd);
        throw IoError("cannot write the edit journal '" + journal.string() + "': " + std::strerror(err));
    }
    if (::close(fd) != 0)
        throw IoError("cannot write the edit journal '" + journal.string() + "': " + std::strerror(errno));
    if (!existed) {  // the new file's name must survive a crash too
        int dir = ::open((journal.parent_path().empty() ? fs::path(".") : journal.parent_path()).c_str(),
                         O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dir >= 0) {
            (void)::fsync(dir);  // best effort: some file systems refuse it
            ::close(dir);
        }
    }
}

JournalRecord parseRecord(const json& j) {
    JournalRecord r;
    const std::string type = j.at("type").get<std::string>();
    if (type == "edit") r.type = JournalRecord::Type::Edit;
    else if (type == "saved") r.type = JournalRecord::Type::Saved;
    else if (type == "discarded") r.type = JournalRecord::Type::Discarded;
    else throw std::runtime_error("unknown type '" + type + "'");
    JournalEdit& e = r.edit;
    e.time = j.value("time", "");
    e.user = j.value("user", "");
    e.session = j.value("session", "");
    e.layer = j.value("layer", "");
    e.source = j.value("source", "");
    if (r.type == JournalRecord::Type::Saved) {
        for (const auto& f : j.value("inserted_fids", json::array())) r.insertedFids.push_back(f.get<std::int64_t>());
        r.backup = j.value("backup", "");
    }
    if (r.type != JournalRecord::Type::Edit) return r;
    const std::string action = j.at("action").get<std::string>();
    if (action == "insert") e.kind = FeatureEdit::Kind::Insert;
    else if (action == "delete") e.kind = FeatureEdit::Kind::Delete;
    else if (action == "update") e.kind = FeatureEdit::Kind::Update;
    else throw std::runtime_error("unknown action '" + action + "'");
    e.fid = j.value("fid", std::int64_t{-1});
    for (const auto& f : j.value("fields", json::array()))
        e.fields.push_back({f.at("name").get<std::string>(), fieldType(f.value("type", "string"))});
    e.oldAttributes = jsonValues(j.value("old", json::array()));
    e.newAttributes = jsonValues(j.value("new", json::array()));
    e.oldGeometry = detail::geometryFromWkt(j.value("old_geometry", ""));
    e.newGeometry = detail::geometryFromWkt(j.value("new_geometry", ""));
    e.crs = j.value("crs", "");
    e.sourceStamp = j.value("source_stamp", "");
    return r;
}

std::string csvCell(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos && (s.empty() || (s.front() != ' ' && s.back() != ' ')))
        return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string attributesObject(const std::vector<Field>& fields, const std::vector<Value>& values) {
    if (values.empty()) return {};
    json o = json::object();
    for (std::size_t i = 0; i < fields.size() && i < values.size(); ++i) o[fields[i].name] = valueJson(values[i]);
    return o.dump();
}

}  // namespace

fs::path editJournalPath(const fs::path& projectFile) {
    fs::path p = projectFile;
    p += ".edits.jsonl";
    return p;
}

std::string newEditSession() {
    static std::atomic<unsigned> counter{0};
    char host[256] = "host";
    if (::gethostname(host, sizeof host - 1) != 0) std::strcpy(host, "host");
    host[sizeof host - 1] = '\0';
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                        std::chrono::system_clock::now().time_since_epoch())
                        .count();
    return std::string(host) + "-" + std::to_string(::getpid()) + "-" + std::to_string(ns) + "-" +
           std::to_string(counter++);
}

void appendEdit(const fs::path& journal, JournalEdit edit) {
    fillStamp(edit);
    json fields = json::array();
    for (const auto& f : edit.fields) fields.push_back({{"name", f.name}, {"type", typeName(f.type)}});
    json line = {{"type", "edit"},
                 {"time", edit.time},
                 {"user", edit.user},
                 {"session", edit.session},
                 {"layer", edit.layer},
                 {"source", edit.source.string()},
                 {"action", actionName(edit.kind)},
                 {"fid", edit.fid},
                 {"fields", fields},
                 {"old", valuesJson(edit.oldAttributes)},
                 {"new", valuesJson(edit.newAttributes)},
                 {"old_geometry", detail::geometryToWkt(edit.oldGeometry)},
                 {"new_geometry", detail::geometryToWkt(edit.newGeometry)},
                 {"crs", edit.crs}};
    if (!edit.sourceStamp.empty()) line["source_stamp"] = edit.sourceStamp;
    // Invalid UTF-8 is replaced, never a throw from inside an edit.
    appendLine(journal, line.dump(-1, ' ', false, json::error_handler_t::replace));
}

void appendSaved(const fs::path& journal, const std::string& layer, const fs::path& source, const std::string& session,
                 const SaveResult& result) {
    JournalEdit who;
    who.layer = layer;
    who.source = source;
    who.session = session;
    fillStamp(who);
    json line = markJson("saved", who);
    line["inserted_fids"] = result.insertedFids;
    line["backup"] = result.backup ? result.backup->string() : std::string();
    appendLine(journal, line.dump(-1, ' ', false, json::error_handler_t::replace));
}

void appendDiscarded(const fs::path& journal, const std::string& layer, const fs::path& source,
                     const std::string& session) {
    JournalEdit who;
    who.layer = layer;
    who.source = source;
    who.session = session;
    fillStamp(who);
    appendLine(journal, markJson("discarded", who).dump(-1, ' ', false, json::error_handler_t::replace));
}

JournalContents readEditJournal(const fs::path& journal) {
    JournalContents out;
    std::error_code ec;
    if (!fs::exists(journal, ec)) return out;
    std::ifstream in(journal, std::ios::binary);
    if (!in) throw IoError("cannot read the edit journal '" + journal.string() + "'");
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (line.empty()) continue;
        try {
            out.records.push_back(parseRecord(json::parse(line)));
        } catch (const std::exception& e) {
            out.warnings.push_back(journal.string() + ", line " + std::to_string(number) +
                                   ": not a journal record (cut short by a crash?), skipped: " + e.what());
        }
    }
    if (in.bad()) throw IoError("cannot read the edit journal '" + journal.string() + "'");
    return out;
}

std::vector<JournalEdit> recoverableEdits(const fs::path& journal) {
    JournalContents contents = readEditJournal(journal);
    // Per session and layer: the index after its last mark.
    std::map<std::pair<std::string, std::string>, std::size_t> openFrom;
    for (std::size_t i = 0; i < contents.records.size(); ++i) {
        const auto& r = contents.records[i];
        if (r.type != JournalRecord::Type::Edit) openFrom[{r.edit.session, r.edit.layer}] = i + 1;
    }
    std::vector<JournalEdit> out;
    for (std::size_t i = 0; i < contents.records.size(); ++i) {
        auto& r = contents.records[i];
        if (r.type != JournalRecord::Type::Edit) continue;
        auto it = openFrom.find({r.edit.session, r.edit.layer});
        if (it == openFrom.end() || i >= it->second) out.push_back(std::move(r.edit));
    }
    return out;
}

std::size_t exportJournalCsv(const fs::path& journal, const fs::path& out) {
    std::error_code ec;
    if (!fs::exists(journal, ec)) throw IoError("no edit journal '" + journal.string() + "': nothing was edited yet");
    JournalContents contents = readEditJournal(journal);
    const char* eol = "\r\n";
    std::string text = "time,user,session,layer,source,action,fid,changed,old_attributes,new_attributes,old_geometry,"
                       "new_geometry,crs";
    text += eol;
    for (const auto& r : contents.records) {
        const JournalEdit& e = r.edit;
        std::string action, fid, changed, oldAttrs, newAttrs, oldWkt, newWkt;
        if (r.type == JournalRecord::Type::Edit) {
            action = actionName(e.kind);
            fid = e.fid >= 0 ? std::to_string(e.fid) : "";
            for (std::size_t i = 0; i < e.fields.size(); ++i) {
                const Value before = i < e.oldAttributes.size() ? e.oldAttributes[i] : Value{};
                const Value after = i < e.newAttributes.size() ? e.newAttributes[i] : Value{};
                if (before != after) changed += (changed.empty() ? "" : ";") + e.fields[i].name;
            }
            if (!(e.oldGeometry == e.newGeometry)) changed += (changed.empty() ? "" : ";") + std::string("geometry");
            oldAttrs = attributesObject(e.fields, e.oldAttributes);
            newAttrs = attributesObject(e.fields, e.newAttributes);
            oldWkt = detail::geometryToWkt(e.oldGeometry);
            newWkt = detail::geometryToWkt(e.newGeometry);
        } else if (r.type == JournalRecord::Type::Saved) {
            action = "saved";
            for (auto f : r.insertedFids) fid += (fid.empty() ? "" : ";") + std::to_string(f);
        } else {
            action = "discarded";
        }
        for (const std::string& cell :
             {e.time, e.user, e.session, e.layer, e.source.string(), action, fid, changed, oldAttrs, newAttrs, oldWkt,
              newWkt, r.type == JournalRecord::Type::Edit ? e.crs : std::string()})
            text += csvCell(cell) + ",";
        text.back() = '\r';
        text += '\n';
    }
    writeFileAtomically(out, text);
    return contents.records.size();
}

}  // namespace geo
