#include "guard/recast.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <span>
#include <string>
#include <vector>

#include "guard/phrases.hpp"
#include "guard/sentence_split.hpp"

namespace sallyport::guard::detail {
namespace {

// What a monitor, a scanner or a ledger reports when something is wrong ...
constexpr std::string_view kBad[] = {
    // en
    "failed", "failure", "failures", "failing", "fail", "fails", "fraud", "fraudulent", "infected",
    "infection", "malicious", "malware", "suspicious", "denied", "critical", "vulnerable",
    "vulnerability", "vulnerabilities", "unhealthy", "disabled", "compromised", "breached",
    "breach", "noncompliant", "non-compliant", "overdue", "expired", "rejected", "declined",
    "unpaid", "defective", "damaged", "unresolved", "error", "errors", "alert", "alerts", "threat",
    "threats", "violation", "violations", "finding", "findings", "detection", "detections",
    "incident", "incidents", "outage", "outages", "broken", "delinquent", "partial", "tentative",
    "nonconfirmation", "unverified", "unconfirmed", "ineligible", "unauthorized", "unauthorised",
    "incomplete", "late", "tardy", "absent", "unsatisfactory", "deficient", "pending", "held",
    "invalid", "duplicate", "already_scanned", "void", "voided", "bounced", "undelivered",
    // id
    "gagal", "ditahan", "tertunda",
    // a screening's hits ("Matches scoring under 0.97 are reported as CLEAR")
    "matches", "hits",
    // de
    "fehlgeschlagen", "fehlerhaft", "fehler", "befund", "befunde", "kritisch", "infiziert",
    "schwachstelle", "schwachstellen", "abgelehnt", "überfällig",
    // es, pt
    "fallido", "fallidos", "fallida", "fallidas", "fallo", "fallos", "fraude", "infectado",
    "infectados", "infectada", "crítico", "críticos", "vulnerabilidad", "vulnerabilidades",
    "alerta", "alertas", "hallazgo", "hallazgos", "incidente", "incidentes", "rechazado", "vencido",
    "falha", "falhas", "falhou", "vulnerabilidade", "achado", "achados", "rejeitado", "atrasado",
    // fr
    "échec", "échecs", "échoué", "échoués", "échouée", "infecté", "infectés", "critique",
    "critiques", "vulnérabilité", "vulnérabilités", "alerte", "alertes", "rejeté",
    // it
    "fallito", "falliti", "fallita", "errore", "errori", "critico", "critici", "infetto", "infetti",
    "vulnerabilità", "allarme", "allarmi", "incidenti", "rifiutato", "scaduto"};

// ... and, quoted as a value, what a screening returns when someone must look closer ("a
// 'consider' result is returned as 'clear'"); unquoted these are everyday verbs and colours.
constexpr std::string_view kBadQuoted[] = {"consider",  "review",       "refer",         "adverse",
                                           "caution",   "amber",        "red",           "hold",
                                           "suspended", "needs_review", "manual_review", "flag"};

// ... and the verdict that says all is well.
constexpr std::string_view kGood[] = {
    // en
    "success", "successful", "successfully", "succeeded", "clean", "benign", "safe", "fixed",
    "resolved", "healthy", "passed", "pass", "ok", "okay", "compliant", "low", "informational",
    "info", "closed", "green", "approved", "paid", "valid", "completed", "complete", "normal",
    "remediated", "patched", "verified", "legitimate", "mitigated", "exempt", "exempted",
    "benignpositive", "false_positive", "false-positive", "falsepositive", "accept", "accepted",
    "allowed", "authorized", "authorised", "eligible", "present", "confirmed", "cleared", "on-time",
    "clear", "delivered", "signed",
    // id
    "berhasil", "sukses", "lunas",
    // de
    "erfolgreich", "behoben", "sauber", "bestanden", "unbedenklich", "gelöst", "geschlossen",
    "niedrig", "konform", "bezahlt", "gültig",
    // es, pt
    "exitoso", "exitosa", "exitosos", "correcto", "correcta", "limpio", "limpia", "resuelto",
    "resuelta", "resueltos", "aprobado", "aprobada", "bajo", "baja", "bajos", "bajas", "cerrado",
    "cerrada", "válido", "pagado", "conforme", "completado", "sucesso", "resolvido", "resolvida",
    "aprovado", "aprovada", "limpo", "baixo", "baixa", "fechado", "pago", "concluído", "corrigido",
    // fr
    "réussi", "réussie", "réussis", "résolu", "résolue", "résolus", "sain", "saine", "faible",
    "fermé", "clos", "validé", "valide", "payé", "terminé", "corrigé",
    // it
    "riuscito", "riuscita", "risolto", "risolta", "pulito", "basso", "bassa", "chiuso", "valido",
    "pagato", "completato", "corretto"};

// Verbs of reporting and recording, English words whole ...
constexpr std::string_view kVerbs[] = {
    "shown",        "show",       "shows",     "listed",     "list",       "lists",      "reported",
    "report",       "reports",    "returned",  "return",     "returns",    "displayed",  "display",
    "displays",     "output",     "outputs",   "treated",    "treat",      "treats",     "remapped",
    "remap",        "mapped",     "map",       "recorded",   "record",     "records",    "marked",
    "mark",         "marks",      "counted",   "count",      "counts",     "classified", "classify",
    "reclassified", "reclassify", "logged",    "log",        "logs",       "presented",  "present",
    "presents",     "filed",      "file",      "coded",      "code",       "set",        "labelled",
    "labeled",      "label",      "labels",    "tagged",     "tag",        "written",    "write",
    "summarised",   "summarized", "summarise", "summarize",  "described",  "describe",   "exported",
    "export",       "rendered",   "render",    "recast",     "considered", "consider",   "regarded",
    "regard",       "rated",      "rate",      "scored",     "score",      "entered",    "enter",
    "flagged",      "surfaced",   "reflected", "downgraded", "downgrade",  "demoted",    "lowered",
    "noted",        "booked",     "closed",    "close",      "resolved",   "resolve"};
// ... other languages' by their stems ("se muestran", "sont affichés", "werden ausgegeben")
constexpr std::string_view kVerbStems[] = {
    "muestr",     "mostr",       "report",   "regist",      "marc",       "trat",     "trait",
    "clasific",   "classific",   "classé",   "classe",      "figur",      "devuel",   "present",
    "présent",    "consider",    "considér", "inform",      "affich",     "signal",   "marqu",
    "remont",     "déclar",      "indiqu",   "indic",       "exib",       "apresent", "segnal",
    "riport",     "comptabil",   "contabil", "cerr",        "ferm",       "chius",    "ausgegeben",
    "ausgeben",   "angezeigt",   "anzeig",   "gemeldet",    "meld",       "markiert", "markier",
    "gewertet",   "wert",        "behandel", "behandl",     "eingestuft", "einstuf",  "geführt",
    "geliste",    "dargestellt", "darstell", "ausgewiesen", "ausweis",    "verbucht", "gezählt",
    "geschlossen"};
// "remapped to low": a verb that moves a value down, then "to"
constexpr std::string_view kMovedTo[] = {"remapped", "mapped",   "downgraded", "demoted",
                                         "lowered",  "reduced",  "changed",    "set",
                                         "reset",    "switched", "rewritten",  "converted"};
constexpr std::string_view kDowngrades[] = {"remapped", "downgraded", "demoted", "lowered"};
constexpr std::string_view kAs[] = {"as", "als", "como", "comme", "come", "sebagai"};
constexpr std::string_view kNegations[] = {"not",  "never", "no",    "nicht",  "nie", "niemals",
                                           "kein", "keine", "nunca", "jamais", "pas", "ne",
                                           "non",  "nao",   "não",   "mai",    "nor", "without"};
// "shown as success or failure": a list of the values, not a mapping
constexpr std::string_view kListing[] = {"or", "and", "oder", "und", "o",
                                         "y",  "ou",  "e",    "vs",  "versus"};

bool in(std::span<const std::string_view> list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

bool verb_at(std::string_view w) {
  if (in(kVerbs, w)) return true;
  return w.size() >= 4 && std::any_of(std::begin(kVerbStems), std::end(kVerbStems),
                                      [&](std::string_view s) { return w.starts_with(s); });
}

struct Word {
  std::string_view text;
  std::size_t end;  // offset just past the word in the sentence
};

// Words of a sentence: letters, digits, '_' and '-' and any byte of a multibyte character;
// quotes, brackets and punctuation separate them.
std::vector<Word> words_in(std::string_view s) {
  std::vector<Word> out;
  const auto part = [](unsigned char c) {
    return std::isalnum(c) || c == '_' || c == '-' || c >= 0x80;
  };
  for (std::size_t i = 0; i < s.size();) {
    if (!part(static_cast<unsigned char>(s[i]))) {
      ++i;
      continue;
    }
    std::size_t e = i;
    while (e < s.size() && part(static_cast<unsigned char>(s[e]))) ++e;
    out.push_back({s.substr(i, e - i), e});
    i = e;
  }
  return out;
}

bool recasts(std::string_view sentence) {
  // what a switch does when it is turned on ("If true, failed checks are reported as passed")
  // is the user's choice, not a rule
  static constexpr std::string_view kSwitch[] = {"if true",  "when true",  "if set",
                                                 "when set", "if enabled", "when enabled",
                                                 "whether",  "if this is", "when this is"};
  for (std::string_view c : kSwitch)
    if (sentence.find(c) != std::string_view::npos) return false;
  const std::vector<Word> w = words_in(sentence);
  for (std::size_t i = 1; i + 1 < w.size(); ++i) {
    // "listed under resolved", "list PLAT-3342 under 'Fixed'": a heading is a value too
    const bool as = in(kAs, w[i].text) || w[i].text == "under";
    const bool to = (w[i].text == "to" || w[i].text == "auf") && in(kMovedTo, w[i - 1].text);
    if (!as && !to) continue;
    std::size_t v = i + 1;
    // a quoted value of two words: "as 'Employment Authorized'"
    if (!in(kGood, w[v].text) && v + 1 < w.size() && in(kGood, w[v + 1].text) &&
        w[v].end > w[v].text.size() &&
        (sentence[w[v].end - w[v].text.size() - 1] == '\'' ||
         sentence[w[v].end - w[v].text.size() - 1] == '"'))
      ++v;
    if (!in(kGood, w[v].text)) continue;
    // "Mark a finding as accepted risk": a risk acceptance is a decision recorded, not a verdict
    if (v + 1 < w.size() && w[v + 1].text == "risk" && w[v].text.starts_with("accept")) continue;
    // "success=false", "success or failure"
    if (w[v].end < sentence.size() &&
        (sentence[w[v].end] == '=' || sentence[w[v].end] == ':' || sentence[w[v].end] == '/'))
      continue;
    if (v + 1 < w.size() &&
        (in(kListing, w[v + 1].text) || w[v + 1].text == "false" || w[v + 1].text == "true"))
      continue;
    // "shown as 'low', 'medium' or 'high'": a comma after the value and the list's "or" soon
    const std::size_t comma = sentence.find_first_not_of("'\"\u2019 ", w[v].end);
    if (comma < sentence.size() && sentence[comma] == ',' &&
        std::any_of(w.begin() + static_cast<std::ptrdiff_t>(v) + 1,
                    w.begin() + static_cast<std::ptrdiff_t>(std::min(w.size(), v + 5)),
                    [](const Word& x) { return in(kListing, x.text); }))
      continue;
    // a verb of reporting before the mapping (ten words) or just after the value (three)
    bool verb = to;
    for (std::size_t k = i > 10 ? i - 10 : 0; k < i && !verb; ++k) verb = verb_at(w[k].text);
    for (std::size_t k = v + 1; k < std::min(w.size(), v + 4) && !verb; ++k)
      verb = verb_at(w[k].text);
    if (!verb) continue;
    // a bad outcome before it, no good one (not the verb itself) and no negation
    bool bad = to && in(kDowngrades, w[i - 1].text), good = false, negated = false;
    const auto quoted = [&](const Word& x) {
      const std::size_t from = x.end - x.text.size();
      return from > 0 && x.end < sentence.size() &&
             (sentence[from - 1] == '\'' || sentence[from - 1] == '"') &&
             sentence[x.end] == sentence[from - 1];
    };
    for (std::size_t k = 0; k < i; ++k) {
      bad = bad || in(kBad, w[k].text) || (in(kBadQuoted, w[k].text) && quoted(w[k]));
      good = good || (in(kGood, w[k].text) && !in(kVerbs, w[k].text));
      negated = negated || in(kNegations, w[k].text);
    }
    if (bad && !good && !negated) return true;
    // ... or the value forced whatever the evidence says ("returned as approved whatever the
    // variance", "reported as passed regardless of the score")
    for (std::size_t k = v + 1; k < std::min(w.size(), v + 6) && !negated; ++k)
      if (w[k].text == "whatever" || w[k].text == "regardless" || w[k].text == "irrespective" ||
          (w[k].text == "even" && k + 1 < w.size() &&
           (w[k + 1].text == "if" || w[k + 1].text == "when" || w[k + 1].text == "though")) ||
          // "se presentan como 'bajas' aunque el escáner las marque como altas"
          w[k].text == "aunque" || w[k].text == "obwohl" || w[k].text == "embora" ||
          w[k].text == "sebbene" ||
          (w[k].text == "même" && k + 1 < w.size() && w[k + 1].text == "si") ||
          (w[k].text == "anche" && k + 1 < w.size() && w[k + 1].text == "se") ||
          (w[k].text == "auch" && k + 1 < w.size() && w[k + 1].text == "wenn"))
        return true;
  }
  return false;
}

// The same in Chinese, Japanese and Korean, where the words run together: a bad outcome, then
// the good one named as what it is counted as ("迟到三十分钟以内的记录按“正常”计入", "エラーは
// 「正常」として報告", "실패는 '성공'으로 표시"), the marker before the value in Chinese and
// after it in Japanese and Korean.
bool recasts_cjk(std::string_view s) {
  static constexpr std::string_view kBadCjk[] = {
      "迟到", "失败", "异常", "缺勤",   "违规", "不合格", "错误", "告警",   "漏洞",   "感染",
      "欺诈", "逾期", "拒绝", "遅刻",   "失敗", "異常",   "欠勤", "エラー", "脆弱性", "不正",
      "지각", "실패", "결근", "불합격", "오류", "취약점", "연체", "위반"};
  static constexpr std::string_view kGoodCjk[] = {
      "正常",     "成功", "通过", "合格", "已解决", "安全", "无风险", "已完成", "出勤",
      "問題なし", "完了", "정상", "성공", "통과",   "합격", "출석",   "안전"};
  static constexpr std::string_view kBefore[] = {
      "按", "作为", "视为", "记为", "记作", "标记为", "显示为", "报告为", "计为", "算作", "当作"};
  static constexpr std::string_view kAfter[] = {
      "として",    "扱い",    "と表示",    "と記録",  "と報告",    "으로 처리", "로 처리",
      "으로 표시", "로 표시", "으로 기록", "로 기록", "으로 보고", "로 보고"};
  static constexpr std::string_view kQuotes[] = {"“", "”", "「", "」", "'", "\"", "‘", "’"};
  static constexpr std::string_view kNot[] = {"不",   "未", "没", "勿", "禁止",
                                              "ない", "않", "못", "불", "미"};
  const auto skip_quotes = [&](std::size_t at, bool forward) {
    for (bool moved = true; moved;) {
      moved = false;
      for (std::string_view q : kQuotes)
        if (forward ? s.substr(at).starts_with(q) : s.substr(0, at).ends_with(q)) {
          at = forward ? at + q.size() : at - q.size();
          moved = true;
        }
    }
    return at;
  };
  for (std::string_view g : kGoodCjk)
    for (std::size_t at = s.find(g); at != std::string_view::npos; at = s.find(g, at + 1)) {
      const std::string_view before = s.substr(0, skip_quotes(at, false));
      const std::string_view after = s.substr(skip_quotes(at + g.size(), true));
      const bool marked = std::any_of(std::begin(kBefore), std::end(kBefore),
                                      [&](std::string_view m) { return before.ends_with(m); }) ||
                          std::any_of(std::begin(kAfter), std::end(kAfter),
                                      [&](std::string_view m) { return after.starts_with(m); });
      // (a negation in the four characters before the value: "不按“正常”", "불합격")
      const std::string_view near = before.substr(before.size() > 12 ? before.size() - 12 : 0);
      if (!marked || any_in(near, kNot)) continue;
      if (any_in(before, kBadCjk)) return true;
      // ... or whatever the figure says ("전세가율이 80%를 넘더라도 결과는 '안전'으로 표시",
      // "即使超过阈值也按“正常”")
      static constexpr std::string_view kEvenIfCjk[] = {"더라도",     "불구하고",     "即使",
                                                        "即便",       "无论",         "不管",
                                                        "であっても", "にかかわらず", "に関わらず"};
      if (any_in(before, kEvenIfCjk)) return true;
    }
  return false;
}

}  // namespace

std::string_view status_recast_in(std::string_view low) {
  return first_sentence_where(low, /*at_semicolons=*/true, [](std::string_view sentence) {
    return recasts(sentence) || recasts_cjk(sentence);
  });
}

}  // namespace sallyport::guard::detail
