#!/usr/bin/env bash
# Sends a social message to PointsDesk the way the social gateway does: HTTP Basic as a channel
# integration, signed with the channel's secret (HMAC-SHA256 over timestamp, nonce and body).
#
#   docs/social/send-signed.sh weibo docs/social/zhang-public-post.json
#   docs/social/send-signed.sh wechat docs/social/unknown-account-message.json
#
# Defaults fit the demo run (mvn spring-boot:run); override with POINTSDESK_URL, POINTSDESK_USER
# (user:password) and POINTSDESK_WEIBO_SECRET / POINTSDESK_WECHAT_SECRET.
set -euo pipefail

channel=${1:?usage: send-signed.sh weibo|wechat message.json}
file=${2:?usage: send-signed.sh weibo|wechat message.json}
case "$channel" in
  weibo) secret=${POINTSDESK_WEIBO_SECRET:-demo-weibo-secret-for-local-runs-only} ;;
  wechat) secret=${POINTSDESK_WECHAT_SECRET:-demo-wechat-secret-for-local-runs-only} ;;
  *) echo "channel must be weibo or wechat" >&2; exit 2 ;;
esac

body=$(cat "$file")
timestamp=$(date +%s)
nonce=$(openssl rand -hex 16)
# exactly the bytes sent: timestamp, newline, nonce, newline, body (no newline added)
signature=$(printf '%s\n%s\n%s' "$timestamp" "$nonce" "$body" \
  | openssl dgst -sha256 -hmac "$secret" -hex | awk '{print $NF}')

curl -sS -u "${POINTSDESK_USER:-intake:intake}" -X POST \
  -H 'Content-Type: application/json' \
  -H "X-PointsDesk-Timestamp: $timestamp" \
  -H "X-PointsDesk-Nonce: $nonce" \
  -H "X-PointsDesk-Signature: sha256=$signature" \
  --data-binary "$body" \
  -w '\nHTTP %{http_code}\n' \
  "${POINTSDESK_URL:-http://localhost:8080}/api/v1/channels/$channel"
