// loso: a fast, bit-faithful re-implementation of tools/guard/train_model.py's training and
// leave-one-set-out evaluation (Sallyport guard model). A developer tool beside train_model.py,
// not built by CMake: 40 leave-one-out trainings take about two minutes here instead of hours.
//
// Semantics reproduced from train_model.py (Python 3.11, where sum() of floats is a plain
// left-to-right double sum; --py312-sum switches to CPython >= 3.12's Neumaier sum):
//   * input: one JSON line per definition {"set","id","label","score","f":[[i,x],...]}
//   * strong = any raw feature (index 28, x > 0); --without drops feature groups
//   * class weights 0.5/max(sum wt of class, 1); --upweight SETS:FACTOR sets wt
//   * full-batch Adam (b1 .9, b2 .999, eps 1e-8, lr 0.05), L2 l2*w on used features only,
//     bias unregularised; training p = z > -30 ? 1/(1+exp(-z)) : 0
//   * scoring p = 1/(1+exp(-clamp(z, -30, 30)))
//   * verdict at tau: p >= tau || (strong && (score < 2.5 || p >= 0.5)); rules: score >= 0.6
//
// Build:  g++ -O3 -march=native -std=c++20 -ffp-contract=off -pthread -Wall -Wextra
//             -o /tmp/loso tools/guard/loso.cpp
// (-ffp-contract=off keeps the compiler from fusing multiply-adds, which Python never does.)
#include <algorithm>
#include <atomic>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

namespace {

constexpr int kFeatures = 40032;
constexpr int kStrong = 28;
constexpr double kStrongScore = 2.5, kStrongMinProbability = 0.5;
constexpr double kRuleThreshold = 0.6;

bool g_neumaier = false;  // --py312-sum

const std::map<std::string, std::pair<int, int>> kGroups = {
    {"family", {0, 13}},        {"kind", {13, 18}},       {"struct", {18, 32}},
    {"class", {32, 224}},       {"domain", {224, 416}},   {"rule", {416, 928}},
    {"word", {928, 17312}},     {"gram", {17312, 33696}}, {"pair", {33696, 37792}},
    {"schema", {37792, 37984}}, {"lead", {37984, 40032}},
};

// Python's builtin sum() over floats, as in the CPython in use.
struct PySum {
  double s = 0.0, c = 0.0;
  void add(double x) {
    if (!g_neumaier) {
      s += x;
      return;
    }
    double t = s + x;
    if (std::fabs(s) >= std::fabs(x))
      c += (s - t) + x;
    else
      c += (x - t) + s;
    s = t;
  }
  double get() const { return (g_neumaier && c != 0.0 && std::isfinite(c)) ? s + c : s; }
};

// ---------- a small JSON reader for the feature lines ----------
struct Reader {
  std::string_view s;
  size_t p = 0;
  int line;
  [[noreturn]] void fail(const char* what) const {
    throw std::runtime_error("line " + std::to_string(line) + ": " + what + " at column " +
                             std::to_string(p));
  }
  void ws() {
    while (p < s.size() && (s[p] == ' ' || s[p] == '\t' || s[p] == '\r' || s[p] == '\n')) ++p;
  }
  void expect(char c) {
    ws();
    if (p >= s.size() || s[p] != c) fail("unexpected character");
    ++p;
  }
  bool peek(char c) {
    ws();
    return p < s.size() && s[p] == c;
  }
  static void utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
      out += char(cp);
    } else if (cp < 0x800) {
      out += char(0xC0 | (cp >> 6));
      out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += char(0xE0 | (cp >> 12));
      out += char(0x80 | ((cp >> 6) & 0x3F));
      out += char(0x80 | (cp & 0x3F));
    } else {
      out += char(0xF0 | (cp >> 18));
      out += char(0x80 | ((cp >> 12) & 0x3F));
      out += char(0x80 | ((cp >> 6) & 0x3F));
      out += char(0x80 | (cp & 0x3F));
    }
  }
  uint32_t hex4() {
    if (p + 4 > s.size()) fail("short \\u escape");
    uint32_t v = 0;
    for (int k = 0; k < 4; ++k) {
      char c = s[p++];
      v <<= 4;
      if (c >= '0' && c <= '9')
        v |= c - '0';
      else if (c >= 'a' && c <= 'f')
        v |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F')
        v |= c - 'A' + 10;
      else
        fail("bad \\u escape");
    }
    return v;
  }
  std::string str() {
    expect('"');
    std::string out;
    while (true) {
      if (p >= s.size()) fail("unterminated string");
      char c = s[p++];
      if (c == '"') break;
      if (c != '\\') {
        out += c;
        continue;
      }
      if (p >= s.size()) fail("bad escape");
      char e = s[p++];
      switch (e) {
        case '"':
          out += '"';
          break;
        case '\\':
          out += '\\';
          break;
        case '/':
          out += '/';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u': {
          uint32_t cp = hex4();
          if (cp >= 0xD800 && cp < 0xDC00 && p + 6 <= s.size() && s[p] == '\\' && s[p + 1] == 'u') {
            size_t save = p;
            p += 2;
            uint32_t lo = hex4();
            if (lo >= 0xDC00 && lo < 0xE000)
              cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            else
              p = save;
          }
          utf8(out, cp);
          break;
        }
        default:
          fail("bad escape");
      }
    }
    return out;
  }
  double num() {
    ws();
    double v;
    auto [ptr, ec] = std::from_chars(s.data() + p, s.data() + s.size(), v);  // correctly rounded
    if (ec != std::errc()) fail("bad number");
    p = ptr - s.data();
    return v;
  }
  bool literal(std::string_view w) {
    ws();
    if (s.substr(p, w.size()) == w) {
      p += w.size();
      return true;
    }
    return false;
  }
  void skip() {  // any JSON value
    ws();
    if (p >= s.size()) fail("value expected");
    char c = s[p];
    if (c == '"') {
      str();
    } else if (c == '{') {
      ++p;
      if (peek('}')) {
        ++p;
        return;
      }
      do {
        str();
        expect(':');
        skip();
      } while (peek(',') && ++p);
      expect('}');
    } else if (c == '[') {
      ++p;
      if (peek(']')) {
        ++p;
        return;
      }
      do {
        skip();
      } while (peek(',') && ++p);
      expect(']');
    } else if (literal("true") || literal("false") || literal("null")) {
    } else {
      num();
    }
  }
};

struct Row {
  int set = 0;
  std::string id;
  int y = 0;
  double score = 0;
  bool strong = false;
  double wt = 1.0;
  std::vector<std::pair<int, double>> f;  // after --without, file order
};

struct Data {
  std::vector<Row> rows;
  std::vector<std::string> set_names;
  std::unordered_map<std::string, int> set_index;
  // training layout (per row, file order): ones (x == 1.0) then reals, as train() splits them
  std::vector<uint32_t> ones_off, ones;
  std::vector<uint32_t> reals_off;
  std::vector<int> reals_i;
  std::vector<double> reals_x;
};

Data load(const std::string& path, const std::vector<std::pair<int, int>>& drop) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  Data d;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    // Python iterates every line; a blank line would make json.loads fail, so reject it too.
    Reader r{line, 0, n};
    Row row;
    bool have_set = false, have_label = false, have_score = false, have_f = false;
    std::string set;
    r.expect('{');
    if (!r.peek('}')) {
      do {
        std::string key = r.str();
        r.expect(':');
        if (key == "set") {
          set = r.str();
          have_set = true;
        } else if (key == "id") {
          if (r.peek('"'))
            row.id = r.str();
          else
            r.skip();
        } else if (key == "label") {
          if (r.literal("true"))
            row.y = 1;
          else if (r.literal("false"))
            row.y = 0;
          else {
            double v = r.num();
            if (v != 0.0 && v != 1.0) r.fail("label is neither 0 nor 1");
            row.y = v == 1.0;
          }
          have_label = true;
        } else if (key == "score") {
          row.score = r.num();
          have_score = true;
        } else if (key == "f") {
          row.f.clear();
          r.expect('[');
          if (!r.peek(']')) {
            do {
              r.expect('[');
              double i = r.num();
              r.expect(',');
              double x = r.num();
              r.expect(']');
              if (i != std::floor(i) || i < 0 || i >= kFeatures)
                r.fail("feature index out of range");
              int ii = int(i);
              if (ii == kStrong && x > 0) row.strong = true;  // before --without, like load()
              bool dropped = false;
              for (auto [a, b] : drop) dropped |= (a <= ii && ii < b);
              if (!dropped) row.f.emplace_back(ii, x);
            } while (r.peek(',') && ++r.p);
          }
          r.expect(']');
          have_f = true;
        } else {
          r.skip();
        }
      } while (r.peek(',') && ++r.p);
    }
    r.expect('}');
    if (!have_set || !have_label || !have_score || !have_f) r.fail("missing set/label/score/f");
    auto it = d.set_index.find(set);
    if (it == d.set_index.end()) {
      it = d.set_index.emplace(set, int(d.set_names.size())).first;
      d.set_names.push_back(set);
    }
    row.set = it->second;
    d.rows.push_back(std::move(row));
  }
  d.ones_off.push_back(0);
  d.reals_off.push_back(0);
  for (const Row& row : d.rows) {
    for (auto [i, x] : row.f)
      if (x == 1.0) d.ones.push_back(uint32_t(i));
    for (auto [i, x] : row.f)
      if (x != 1.0) {
        d.reals_i.push_back(i);
        d.reals_x.push_back(x);
      }
    d.ones_off.push_back(uint32_t(d.ones.size()));
    d.reals_off.push_back(uint32_t(d.reals_i.size()));
  }
  return d;
}

struct Model {
  std::vector<double> w;
  double b = 0;
};

// train_model.py train(): class-balanced log loss + l2/2 |w|^2, full-batch Adam.
Model train(const Data& d, const std::vector<int>& idx, double l2, int epochs, double lr = 0.05) {
  PySum pos_s, neg_s;
  for (int k : idx) (d.rows[k].y ? pos_s : neg_s).add(d.rows[k].wt);
  double pos = pos_s.get(), neg = neg_s.get();
  const double cw[2] = {0.5 / (neg < 1 ? 1.0 : neg), 0.5 / (pos < 1 ? 1.0 : pos)};
  std::vector<char> mark(kFeatures, 0);
  for (int k : idx)
    for (auto [i, x] : d.rows[k].f) mark[i] = 1;
  std::vector<int> used;
  for (int i = 0; i < kFeatures; ++i)
    if (mark[i]) used.push_back(i);

  Model m{std::vector<double>(kFeatures, 0.0), 0.0};
  double* w = m.w.data();
  std::vector<double> g(kFeatures, 0.0), mm(kFeatures, 0.0), vv(kFeatures, 0.0);
  double mb = 0, vb = 0, b = 0;
  const double b1 = 0.9, b2 = 0.999, eps = 1e-8;
  const uint32_t* ones = d.ones.data();
  const int* ri = d.reals_i.data();
  const double* rx = d.reals_x.data();
  for (int t = 1; t <= epochs; ++t) {
    for (int i : used) g[i] = 0.0;
    double gb = 0.0;
    for (int k : idx) {
      const uint32_t o0 = d.ones_off[k], o1 = d.ones_off[k + 1];
      const uint32_t r0 = d.reals_off[k], r1 = d.reals_off[k + 1];
      PySum s;
      for (uint32_t j = o0; j < o1; ++j) s.add(w[ones[j]]);
      double z = b + s.get();
      for (uint32_t j = r0; j < r1; ++j) z += w[ri[j]] * rx[j];
      double p = z > -30 ? 1.0 / (1.0 + std::exp(-z)) : 0.0;
      const int y = d.rows[k].y;
      double e = (p - y) * cw[y] * d.rows[k].wt;
      gb += e;
      for (uint32_t j = o0; j < o1; ++j) g[ones[j]] += e;
      for (uint32_t j = r0; j < r1; ++j) g[ri[j]] += e * rx[j];
    }
    const double c1 = 1 - std::pow(b1, double(t));
    const double c2 = 1 - std::pow(b2, double(t));
    for (int i : used) {
      double gi = g[i] + l2 * w[i];
      mm[i] = b1 * mm[i] + (1 - b1) * gi;
      vv[i] = b2 * vv[i] + (1 - b2) * gi * gi;
      w[i] -= lr * (mm[i] / c1) / (std::sqrt(vv[i] / c2) + eps);
    }
    mb = b1 * mb + (1 - b1) * gb;
    vb = b2 * vb + (1 - b2) * gb * gb;
    b -= lr * (mb / c1) / (std::sqrt(vb / c2) + eps);
  }
  m.b = b;
  return m;
}

// train_model.py prob()
double prob(const Model& m, const Row& r) {
  PySum s;
  for (auto [i, x] : r.f) s.add(m.w[i] * x);
  double z = m.b + s.get();
  if (30 < z) z = 30;    // min(z, 30)
  if (-30 > z) z = -30;  // max(.., -30)
  return 1.0 / (1.0 + std::exp(-z));
}

bool overruled(double p, const Row& r) {
  return r.strong && (r.score < kStrongScore || p >= kStrongMinProbability);
}

struct Counts {
  long tp = 0, fn = 0, fp = 0, tn = 0;
  void add(bool y, bool flag) {
    if (y)
      (flag ? tp : fn)++;
    else
      (flag ? fp : tn)++;
  }
  void operator+=(const Counts& o) {
    tp += o.tp;
    fn += o.fn;
    fp += o.fp;
    tn += o.tn;
  }
  double recall() const { return double(tp) / std::max(tp + fn, 1L); }  // tp / max(pos, 1)
  double fpr() const { return double(fp) / std::max(fp + tn, 1L); }
};

struct Scored {  // one block of scored definitions (a fold, a holdout set, pooled)
  std::string name;
  long n = 0;
  Counts rules;
  std::vector<Counts> model, verdict;  // per tau
};

Scored score_block(const std::string& name, const std::vector<std::pair<double, const Row*>>& pairs,
                   const std::vector<double>& taus) {
  Scored s{name,
           long(pairs.size()),
           {},
           std::vector<Counts>(taus.size()),
           std::vector<Counts>(taus.size())};
  for (auto [p, r] : pairs) {
    s.rules.add(r->y, r->score >= kRuleThreshold);
    for (size_t t = 0; t < taus.size(); ++t) {
      s.model[t].add(r->y, p >= taus[t]);
      s.verdict[t].add(r->y, p >= taus[t] || overruled(p, *r));
    }
  }
  return s;
}

void merge(Scored& into, const Scored& s) {
  into.n += s.n;
  into.rules += s.rules;
  for (size_t t = 0; t < s.model.size(); ++t) {
    into.model[t] += s.model[t];
    into.verdict[t] += s.verdict[t];
  }
}

// Python's repr(float) for ordinary thresholds: shortest round-trip digits, ".0" when integral.
std::string py_float(double v) {
  char buf[64];
  auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, v);
  std::string s(buf, ptr);
  if (s.find_first_of(".en") == std::string::npos) s += ".0";
  return s;
}

void print_block(const Scored& s, const std::vector<double>& taus,
                 const std::vector<std::string>& tau_text, bool py_report) {
  if (py_report) {  // exactly train_model.py report()'s line
    std::printf("%-10s n=%4ld rules %.3f/%.3f", s.name.c_str(), s.n, s.rules.recall(),
                s.rules.fpr());
    for (size_t t = 0; t < taus.size(); ++t)
      std::printf(" | tau %s: model %.3f/%.3f verdict %.3f/%.3f", py_float(taus[t]).c_str(),
                  s.model[t].recall(), s.model[t].fpr(), s.verdict[t].recall(), s.verdict[t].fpr());
    std::printf("\n");
    return;
  }
  const Counts& r = s.rules;
  std::printf(
      "%-14s n=%-5ld pos=%-5ld neg=%-5ld rules(score>=0.6) TP=%ld FP=%ld recall=%.4f FPR=%.4f\n",
      s.name.c_str(), s.n, r.tp + r.fn, r.fp + r.tn, r.tp, r.fp, r.recall(), r.fpr());
  for (size_t t = 0; t < taus.size(); ++t) {
    const Counts& c = s.verdict[t];
    const Counts& m = s.model[t];
    std::printf(
        "%-14s tau=%-5s TP=%5ld FN=%5ld FP=%5ld TN=%5ld recall=%.4f FPR=%.4f   model-only "
        "%.4f/%.4f\n",
        s.name.c_str(), tau_text[t].c_str(), c.tp, c.fn, c.fp, c.tn, c.recall(), c.fpr(),
        m.recall(), m.fpr());
  }
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t a = 0;
  while (true) {
    size_t b = s.find(sep, a);
    out.push_back(s.substr(a, b == std::string::npos ? std::string::npos : b - a));
    if (b == std::string::npos) break;
    a = b + 1;
  }
  return out;
}

double parse_double(const std::string& s, const char* what) {
  double v;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size())
    throw std::runtime_error(std::string("bad ") + what + ": '" + s + "'");
  return v;
}

[[noreturn]] void usage() {
  std::fprintf(
      stderr,
      "usage: loso FEATURES.jsonl [--folds A,B,C+D,...] [--taus 0.65,0.66] [--holdout X,Y]\n"
      "            [--upweight S1,S2:5] [--l2 2e-4] [--epochs 300] [--lr 0.05] [--threads 2]\n"
      "            [--without GROUP,...] [--score-holdout] [--py-report] [--dump-probs FILE]\n"
      "            [--py312-sum]\n"
      "  --folds: sets left out in turn; 'C+D' leaves C and D out together (one fold).\n"
      "           Default (without --score-holdout): every non-holdout set, sorted.\n"
      "  --score-holdout: train once on all but --holdout sets, score each holdout set.\n"
      "  --py-report: print train_model.py's report lines (rates to 3 decimals) for diffing.\n"
      "  --dump-probs FILE: write 'block<TAB>id<TAB>set<TAB>label<TAB>p(%%.17g)' per scored row.\n"
      "  --py312-sum: CPython >= 3.12 sum() (Neumaier); default matches Python 3.11.\n");
  std::exit(2);
}

}  // namespace

int main(int argc, char** argv) try {
  std::string path, folds_arg, taus_arg = "0.7,0.8,0.9", holdout_arg, upweight_arg, without_arg,
                               dump_path;
  double l2 = 2e-4, lr = 0.05;
  int epochs = 300, threads = 2;
  bool score_holdout = false, py_report = false, have_folds = false;
  for (int k = 1; k < argc; ++k) {
    std::string a = argv[k];
    auto next = [&]() -> std::string {
      if (k + 1 >= argc) usage();
      return argv[++k];
    };
    if (a == "--folds")
      folds_arg = next(), have_folds = true;
    else if (a == "--taus")
      taus_arg = next();
    else if (a == "--holdout")
      holdout_arg = next();
    else if (a == "--upweight")
      upweight_arg = next();
    else if (a == "--without")
      without_arg = next();
    else if (a == "--l2")
      l2 = parse_double(next(), "--l2");
    else if (a == "--lr")
      lr = parse_double(next(), "--lr");
    else if (a == "--epochs")
      epochs = std::stoi(next());
    else if (a == "--threads")
      threads = std::max(1, std::stoi(next()));
    else if (a == "--score-holdout")
      score_holdout = true;
    else if (a == "--py-report")
      py_report = true;
    else if (a == "--dump-probs")
      dump_path = next();
    else if (a == "--py312-sum")
      g_neumaier = true;
    else if (a == "--evaluate") {
    }  // accepted for train_model.py compatibility
    else if (a == "-h" || a == "--help")
      usage();
    else if (!a.empty() && a[0] == '-') {
      std::fprintf(stderr, "unknown option %s\n", a.c_str());
      usage();
    } else if (path.empty())
      path = a;
    else
      usage();
  }
  if (path.empty()) usage();

  std::vector<std::pair<int, int>> drop;
  for (const auto& g : split(without_arg, ','))
    if (!g.empty()) {
      auto it = kGroups.find(g);
      if (it == kGroups.end()) throw std::runtime_error("unknown feature group " + g);
      drop.push_back(it->second);
    }
  std::vector<double> taus;
  std::vector<std::string> tau_text;
  for (const auto& t : split(taus_arg, ',')) {
    taus.push_back(parse_double(t, "tau"));
    tau_text.push_back(t);
  }

  auto t0 = std::chrono::steady_clock::now();
  Data d = load(path, drop);
  auto secs = [](auto a, auto b) {
    return std::chrono::duration<double>(b - a).count();
  };
  std::fprintf(stderr, "loaded %zu rows, %zu sets in %.2fs\n", d.rows.size(), d.set_names.size(),
               secs(t0, std::chrono::steady_clock::now()));

  for (const auto& spec : split(upweight_arg, ';')) {  // "A,B:5;C:2"
    if (spec.empty()) continue;
    size_t colon = spec.rfind(':');
    if (colon == std::string::npos) throw std::runtime_error("--upweight needs SETS:FACTOR");
    double factor = parse_double(spec.substr(colon + 1), "--upweight factor");
    std::set<std::string> heavy;
    for (const auto& s : split(spec.substr(0, colon), ',')) heavy.insert(s);
    for (const auto& s : heavy)
      if (!d.set_index.count(s))
        std::fprintf(stderr, "warning: --upweight set %s not in data\n", s.c_str());
    for (Row& r : d.rows)
      if (heavy.count(d.set_names[r.set])) r.wt = factor;
  }
  std::vector<char> held(d.set_names.size(), 0);
  std::set<std::string> held_names;
  for (const auto& s : split(holdout_arg, ','))
    if (!s.empty()) {
      held_names.insert(s);
      auto it = d.set_index.find(s);
      if (it == d.set_index.end())
        std::fprintf(stderr, "warning: --holdout set %s not in data\n", s.c_str());
      else
        held[it->second] = 1;
    }

  // folds: lists of set indexes
  std::vector<std::string> fold_names;
  std::vector<std::vector<int>> fold_sets;
  if (have_folds) {
    for (const auto& f : split(folds_arg, ',')) {
      if (f.empty()) continue;
      std::vector<int> members;
      for (const auto& s : split(f, '+')) {
        if (s.empty()) continue;
        auto it = d.set_index.find(s);
        if (it == d.set_index.end()) {
          std::fprintf(stderr, "warning: fold set %s not in data (scores nothing)\n", s.c_str());
          continue;
        }
        if (held[it->second])
          std::fprintf(
              stderr,
              "warning: fold set %s is a --holdout set (never trained on, scores nothing)\n",
              s.c_str());
        members.push_back(it->second);
      }
      fold_names.push_back(f);
      fold_sets.push_back(members);
    }
  } else if (!score_holdout) {
    std::vector<std::string> names;
    for (size_t s = 0; s < d.set_names.size(); ++s)
      if (!held[s]) names.push_back(d.set_names[s]);
    std::sort(names.begin(), names.end());
    for (const auto& n : names) {
      fold_names.push_back(n);
      fold_sets.push_back({d.set_index[n]});
    }
  }

  std::FILE* dump = nullptr;
  if (!dump_path.empty()) {
    dump = std::fopen(dump_path.c_str(), "w");
    if (!dump) throw std::runtime_error("cannot write " + dump_path);
  }
  auto dump_pairs = [&](const std::string& block,
                        const std::vector<std::pair<double, const Row*>>& pairs) {
    if (!dump) return;
    for (auto [p, r] : pairs)
      std::fprintf(dump, "%s\t%s\t%s\t%d\t%.17g\n", block.c_str(), r->id.c_str(),
                   d.set_names[r->set].c_str(), r->y, p);
  };

  // ---- leave-one-set-out, folds in parallel ----
  if (!fold_sets.empty()) {
    const size_t nf = fold_sets.size();
    std::vector<Scored> results(nf);
    std::vector<std::vector<std::pair<double, const Row*>>> fold_pairs(nf);
    std::atomic<size_t> next{0};
    std::mutex log;
    auto worker = [&] {
      for (size_t f; (f = next++) < nf;) {
        auto a = std::chrono::steady_clock::now();
        std::vector<char> out(d.set_names.size(), 0);
        for (int s : fold_sets[f]) out[s] = 1;
        std::vector<int> tr;
        std::vector<const Row*> te;
        for (size_t k = 0; k < d.rows.size(); ++k) {
          const Row& r = d.rows[k];
          if (held[r.set]) continue;
          if (out[r.set])
            te.push_back(&r);
          else
            tr.push_back(int(k));
        }
        Model m = train(d, tr, l2, epochs, lr);
        std::vector<std::pair<double, const Row*>> pairs;
        for (const Row* r : te) pairs.emplace_back(prob(m, *r), r);
        results[f] = score_block(fold_names[f], pairs, taus);
        fold_pairs[f] = std::move(pairs);
        std::lock_guard<std::mutex> g(log);
        std::fprintf(stderr, "fold %-14s trained on %zu rows, scored %zu, %.2fs\n",
                     fold_names[f].c_str(), tr.size(), te.size(),
                     secs(a, std::chrono::steady_clock::now()));
      }
    };
    std::vector<std::thread> pool;
    for (int k = 0; k < std::min<int>(threads, int(nf)); ++k) pool.emplace_back(worker);
    for (auto& th : pool) th.join();
    Scored pooled{
        "pooled", 0, {}, std::vector<Counts>(taus.size()), std::vector<Counts>(taus.size())};
    for (size_t f = 0; f < nf; ++f) {
      print_block(results[f], taus, tau_text, py_report);
      merge(pooled, results[f]);
      dump_pairs(fold_names[f], fold_pairs[f]);
    }
    print_block(pooled, taus, tau_text, py_report);
    std::fflush(stdout);
  }

  // ---- final model on everything but the holdout sets, scoring the holdout sets ----
  if (score_holdout) {
    if (held_names.empty()) throw std::runtime_error("--score-holdout needs --holdout");
    auto a = std::chrono::steady_clock::now();
    std::vector<int> tr;
    for (size_t k = 0; k < d.rows.size(); ++k)
      if (!held[d.rows[k].set]) tr.push_back(int(k));
    Model m = train(d, tr, l2, epochs, lr);
    std::fprintf(stderr, "final model trained on %zu rows, %.2fs\n", tr.size(),
                 secs(a, std::chrono::steady_clock::now()));
    std::vector<std::pair<double, const Row*>> all;
    std::vector<std::string> order(held_names.begin(), held_names.end());  // sorted
    // per set in the order given on the command line
    std::vector<std::string> given;
    for (const auto& s : split(holdout_arg, ','))
      if (!s.empty() && std::find(given.begin(), given.end(), s) == given.end()) given.push_back(s);
    // pooled pairs in file order, as train_model.py builds them
    for (const Row& r : d.rows)
      if (held[r.set]) all.emplace_back(prob(m, r), &r);
    if (!py_report)
      for (const auto& s : given) {
        auto it = d.set_index.find(s);
        if (it == d.set_index.end()) continue;
        std::vector<std::pair<double, const Row*>> pairs;
        for (auto pr : all)
          if (pr.second->set == it->second) pairs.push_back(pr);
        print_block(score_block(s, pairs, taus), taus, tau_text, false);
      }
    print_block(score_block("holdout", all, taus), taus, tau_text, py_report);
    dump_pairs("holdout", all);
  }
  if (dump) std::fclose(dump);
  return 0;
} catch (const std::exception& e) {
  std::fprintf(stderr, "loso: %s\n", e.what());
  return 1;
}
