#include "pipeline/app/claim_json.h"

#include <array>
#include <charconv>
#include <utility>

#include "pipeline/core/utf8.h"

namespace claimcheck {
namespace {

// Appends the JSON text of an attribute value: strings on the fast path, the
// rare number, array or object through nlohmann.
void append_json_value(std::string& out, const nlohmann::json& v) {
  if (v.is_string())
    append_json_string(out, v.get_ref<const std::string&>());
  else
    out += dump_json(v);
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      const Utf8Sequence q = utf8_sequence(s, i);
      if (!q.well_formed) {
        // One U+FFFD for the maximal subpart, as nlohmann's decoder does.
        out.append(s.data() + run, i - run);
        out += "\xEF\xBF\xBD";
        run = i + q.length;
      }
      i += q.length;
      continue;
    }
    out.append(s.data() + run, i - run);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        const char esc[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
        out.append(esc, sizeof esc);
      }
    }
    run = ++i;
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

void append_claim_json(std::string& out, std::string_view doc, const Claim& c, std::string_view sentence_text,
                       const Span* sentence_span) {
  // Each field's value is written to `values`; the fields are then emitted in
  // key order, as a std::map-backed nlohmann object would.
  struct Field {
    std::string_view key;
    size_t begin, end;
  };
  std::array<Field, 12> fixed;
  size_t n_fixed = 0;
  std::string values;
  values.reserve(256 + c.text.size() + sentence_text.size());
  const auto add = [&](std::string_view key, auto&& write) {
    const size_t begin = values.size();
    write(values);
    fixed[n_fixed++] = {key, begin, values.size()};
  };
  const auto add_string = [&](std::string_view key, std::string_view v) {
    add(key, [&](std::string& o) { append_json_string(o, v); });
  };
  const auto add_uint = [&](std::string_view key, uint32_t v) {
    add(key, [&](std::string& o) {
      char buf[16];
      o.append(buf, static_cast<size_t>(std::to_chars(buf, buf + sizeof buf, v).ptr - buf));
    });
  };
  add_string("doc", doc);
  add_string("kind", to_string(c.kind));
  add_uint("start", c.span.start);
  add_uint("end", c.span.end);
  add_string("text", c.text);
  switch (c.kind) {
    case ClaimKind::kMoney:
    case ClaimKind::kPercent:
      add("value", [&](std::string& o) { o += dump_json(nlohmann::json(c.number)); });
      if (c.kind == ClaimKind::kMoney && !c.currency.empty()) add_string("currency", c.currency);
      break;
    default: add_string("value", c.value); break;
  }
  add_string("rule", c.rule);
  if (!sentence_text.empty()) add_string("sentence", sentence_text);
  if (sentence_span) {
    add("sentence_span", [&](std::string& o) {
      char buf[32];
      auto* p = std::to_chars(buf, buf + sizeof buf, sentence_span->start).ptr;
      o += '[';
      o.append(buf, static_cast<size_t>(p - buf));
      o += ',';
      p = std::to_chars(buf, buf + sizeof buf, sentence_span->end).ptr;
      o.append(buf, static_cast<size_t>(p - buf));
      o += ']';
    });
  }
  // Insertion sort: at most a dozen fields.
  for (size_t i = 1; i < n_fixed; ++i)
    for (size_t k = i; k > 0 && fixed[k].key < fixed[k - 1].key; --k) std::swap(fixed[k], fixed[k - 1]);

  // Merge the fixed fields with the attrs (already in key order); a fixed field
  // wins over an attribute of the same name.
  out += '{';
  bool first = true;
  const auto key = [&](std::string_view k) {
    if (!first) out += ',';
    first = false;
    append_json_string(out, k);
    out += ':';
  };
  size_t f = 0;
  const auto emit_fixed_before = [&](const std::string* limit) {
    for (; f < n_fixed && (!limit || fixed[f].key < *limit); ++f) {
      key(fixed[f].key);
      out.append(values, fixed[f].begin, fixed[f].end - fixed[f].begin);
    }
  };
  if (c.attrs.is_object()) {
    for (auto it = c.attrs.begin(); it != c.attrs.end(); ++it) {
      emit_fixed_before(&it.key());
      if (f < n_fixed && fixed[f].key == it.key()) continue;
      key(it.key());
      append_json_value(out, it.value());
    }
  }
  emit_fixed_before(nullptr);
  out += '}';
}

std::string dump_json(const nlohmann::json& j, int indent) {
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace claimcheck
