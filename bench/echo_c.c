/* The floor for stdio round trips: newline-delimited JSON-RPC over pipes with no JSON parser,
 * no allocation per message and no MCP logic. Every line that carries an "id" gets a canned
 * tools/call result with the same id; lines without one (notifications) get nothing.
 * Compare MCP stdio servers against this as a ratio measured in the same run: the cost of
 * waking a process on the other core dominates on this VM (see docs/performance.md). */
#define _GNU_SOURCE /* memmem, getline */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Finds the value of the first "id" member: a number, a string or null. Good enough for the
 * benchmark's requests, where "id" precedes params; not a JSON parser. */
static int find_id(const char* line, size_t len, const char** start, size_t* n) {
  const char* end = line + len;
  for (const char* p = line; (p = memmem(p, (size_t)(end - p), "\"id\"", 4)) != NULL; p += 4) {
    const char* q = p + 4;
    while (q < end && (*q == ' ' || *q == '\t')) q++;
    if (q >= end || *q != ':') continue;
    q++;
    while (q < end && (*q == ' ' || *q == '\t')) q++;
    if (q >= end) return 0;
    const char* v = q;
    if (*q == '"') {
      for (q++; q < end && *q != '"'; q++)
        if (*q == '\\' && q + 1 < end) q++;
      if (q >= end) return 0;
      q++;
    } else {
      while (q < end && *q != ',' && *q != '}' && *q != ' ' && *q != '\r' && *q != '\n') q++;
    }
    if (q == v) return 0;
    *start = v;
    *n = (size_t)(q - v);
    return 1;
  }
  return 0;
}

int main(void) {
  static const char head[] = "{\"jsonrpc\":\"2.0\",\"id\":";
  static const char tail[] =
      ",\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"hello\"}],"
      "\"isError\":false}}\n";
  char* line = NULL;
  size_t cap = 0;
  ssize_t len;
  setvbuf(stdout, NULL, _IOFBF, 1 << 16);
  while ((len = getline(&line, &cap, stdin)) != -1) {
    const char* id;
    size_t n;
    if (!find_id(line, (size_t)len, &id, &n)) continue;
    fwrite(head, 1, sizeof head - 1, stdout);
    fwrite(id, 1, n, stdout);
    fwrite(tail, 1, sizeof tail - 1, stdout);
    if (fflush(stdout) != 0) break;
  }
  free(line);
  return 0;
}
