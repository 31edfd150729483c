#include "sallyport/http/sse.hpp"

#include <charconv>

namespace sallyport::http::sse {

namespace {

void append_field(std::string& out, std::string_view name, std::string_view value) {
  out += name;
  out += ": ";
  for (char c : value)
    if (c != '\r' && c != '\n') out += c;
  out += '\n';
}

}  // namespace

std::string format(const Event& event) {
  std::string out;
  out.reserve(event.data.size() + 64);
  if (!event.type.empty()) append_field(out, "event", event.type);
  if (event.id) append_field(out, "id", *event.id);
  if (event.retry) {
    out += "retry: ";
    out += std::to_string(event.retry->count());
    out += '\n';
  }
  // Every line of the data becomes its own field; an empty payload still gets one (empty) line
  // so the event carries a data field (a priming event: an id and empty data).
  std::string_view data = event.data;
  for (;;) {
    auto nl = data.find_first_of("\r\n");
    out += "data: ";
    out += data.substr(0, nl);
    out += '\n';
    if (nl == std::string_view::npos) break;
    if (data[nl] == '\r' && nl + 1 < data.size() && data[nl + 1] == '\n') ++nl;
    data.remove_prefix(nl + 1);
  }
  out += '\n';
  return out;
}

std::string comment(std::string_view text) {
  std::string out = ":";
  if (!text.empty()) {
    out += ' ';
    for (char c : text)
      if (c != '\r' && c != '\n') out += c;
  }
  out += "\n\n";
  return out;
}

bool Parser::feed(std::string_view bytes, const std::function<void(Event&&)>& on_event) {
  if (failed_) return false;
  if (!started_ && !bytes.empty()) {
    // A UTF-8 BOM may only open the stream; wait until three bytes are known.
    std::string_view bom = "\xEF\xBB\xBF";
    std::string probe = line_ + std::string(bytes.substr(0, 3));
    if (probe.size() < 3 && bom.starts_with(probe)) {
      line_ = probe;
      return true;
    }
    started_ = true;
    if (probe.starts_with(bom)) {
      std::size_t consumed = 3 - line_.size();
      line_.clear();
      bytes.remove_prefix(consumed);
    }
  }
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    char c = bytes[i];
    if (skip_lf_) {
      skip_lf_ = false;
      if (c == '\n') continue;
    }
    if (c == '\r' || c == '\n') {
      skip_lf_ = c == '\r';
      line(line_, on_event);
      line_.clear();
      if (failed_) return false;
      continue;
    }
    // Bulk-append up to the next line break.
    std::size_t end = bytes.find_first_of("\r\n", i);
    if (end == std::string_view::npos) end = bytes.size();
    line_.append(bytes.substr(i, end - i));
    i = end - 1;
    if (line_.size() > max_event_bytes_) {
      failed_ = true;
      return false;
    }
  }
  return true;
}

void Parser::line(std::string_view line, const std::function<void(Event&&)>& on_event) {
  if (line.empty()) {
    // Dispatch. An event with no data is dropped, but its id has already been recorded.
    if (has_data_) {
      Event e;
      e.type = std::move(type_);
      e.data = std::move(data_);
      if (!e.data.empty() && e.data.back() == '\n') e.data.pop_back();
      if (!last_event_id_.empty()) e.id = last_event_id_;
      e.retry = event_retry_;
      on_event(std::move(e));
    }
    data_.clear();
    type_.clear();
    has_data_ = false;
    event_retry_.reset();
    return;
  }
  if (line.front() == ':') return;  // comment
  auto colon = line.find(':');
  std::string_view field = line.substr(0, colon);
  std::string_view value;
  if (colon != std::string_view::npos) {
    value = line.substr(colon + 1);
    if (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  }
  if (field == "data") {
    if (data_.size() + value.size() + 1 > max_event_bytes_) {
      failed_ = true;
      return;
    }
    data_.append(value);
    data_ += '\n';
    has_data_ = true;
  } else if (field == "event") {
    type_ = std::string(value);
  } else if (field == "id") {
    if (value.find('\0') == std::string_view::npos) last_event_id_ = std::string(value);
  } else if (field == "retry") {
    if (value.empty() || value.size() > 10) return;
    for (char c : value)
      if (c < '0' || c > '9') return;
    long long ms = 0;
    std::from_chars(value.data(), value.data() + value.size(), ms);
    retry_ = std::chrono::milliseconds(ms);
    event_retry_ = retry_;
  }
  // Other fields are ignored, as the standard says.
}

}  // namespace sallyport::http::sse
