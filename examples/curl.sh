#!/usr/bin/env bash
# sharegraph from the shell: a GraphQL call is one HTTP POST of JSON {"query": ..., "variables": ...}.
#
#   bash examples/curl.sh
#   SHAREGRAPH_URL=https://sharegraph.example.org/graphql bash examples/curl.sh
#   SHAREGRAPH_TOKEN=<member token> SHAREGRAPH_MEMBER=CN-110000-PKU bash examples/curl.sh
#
# 1. Reads: who holds ISBN 7-02-000220-X (no token needed).
# 2. Writes: reports a holding for your member, only when SHAREGRAPH_TOKEN is set
#    (get one with: npm run cli -- token --role member --member CN-110000-PKU).
# Needs bash and curl only. Answers are printed as the JSON the server sends; pipe into `jq .` to pretty-print.
set -euo pipefail

URL="${SHAREGRAPH_URL:-http://localhost:4000/graphql}"
MEMBER="${SHAREGRAPH_MEMBER:-CN-110000-PKU}"
ISBN="7-02-000220-X"

# POSTs a JSON body and prints the answer. --fail-with-body: on HTTP errors (400 for a bad query,
# 401 for a bad token) curl still prints the server's JSON, then exits non-zero, which stops the script.
graphql() {
  local body="$1" token="${2:-}"
  local args=(--silent --show-error --fail-with-body --max-time 30
    -H 'content-type: application/json' -H 'accept: application/json' --data-binary "$body")
  if [[ -n "$token" ]]; then args+=(-H "authorization: Bearer $token"); fi
  curl "${args[@]}" "$URL"
  echo
}

# The query is written on one line without double quotes, so it can sit inside the JSON string as is;
# values (the ISBN) go in "variables", never pasted into the query text.
WHO_HOLDS='query WhoHolds($isbn: String!) { records(filter: {isbn: $isbn}, first: 1) { edges { node { title responsibility isbns holdings(first: 50) { totalCount edges { node { member { code name } location copies available lendable } } } } } } }'

echo "== Who holds ISBN $ISBN? ($URL)"
graphql "{\"query\": \"$WHO_HOLDS\", \"variables\": {\"isbn\": \"$ISBN\"}}"

echo
if [[ -z "${SHAREGRAPH_TOKEN:-}" ]]; then
  echo "== Skipping the write: set SHAREGRAPH_TOKEN to a token for $MEMBER (and SHAREGRAPH_MEMBER for another member) to report a holding."
  exit 0
fi

# Idempotent: the holding is keyed by the member's own localId, so running this again updates it.
UPSERT='mutation Upsert($input: UpsertHoldingsInput!) { upsertHoldings(input: $input) { userErrors { code field message } holdings { localId location copies available lendable member { code } record { title } } } }'
INPUT="{\"memberCode\": \"$MEMBER\", \"holdings\": [{\"localId\": \"CURL-EXAMPLE-0001\", \"isbn\": \"$ISBN\", \"location\": \"主馆 三层 中文图书借阅区\", \"copies\": 1, \"lendable\": true}]}"

echo "== Reporting a holding of ISBN $ISBN for $MEMBER"
graphql "{\"query\": \"$UPSERT\", \"variables\": {\"input\": $INPUT}}" "$SHAREGRAPH_TOKEN"
