#!/usr/bin/env python3
"""A minimal receiver for WhatsApp Gateway webhooks, to watch signed events arrive.

    python3 docs/webhook_receiver.py --port 9000 --secret whsec_...

Checks both signatures the gateway sends (SPEC-compatible, standard library only):
  X-WhatsApp-Gateway-Signature: sha256=<hex HMAC-SHA256(key = the whole secret string,
                                msg = timestamp + "." + body)>
  webhook-signature:            v1,<base64 HMAC-SHA256(key = base64-decoded part after
                                "whsec_", msg = id + "." + timestamp + "." + body)>, one
                                entry per secret during a rotation, space-separated
and answers 200 when they match, 401 when they do not. Events are printed one per line.
"""
import argparse
import base64
import hashlib
import hmac
import json
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TOLERANCE_SECONDS = 300  # refuse replays of old deliveries


def gateway_signature_ok(secret, headers, body):
    timestamp = headers.get("X-WhatsApp-Gateway-Timestamp", "")
    expected = "sha256=" + hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, headers.get("X-WhatsApp-Gateway-Signature", ""))


def standard_signature_ok(secret, headers, body):
    key = base64.b64decode(secret[len("whsec_"):])
    signed = headers.get("webhook-id", "").encode() + b"." + headers.get("webhook-timestamp", "").encode() + b"." + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    entries = headers.get("webhook-signature", "").split(" ")
    return any(hmac.compare_digest("v1," + expected, entry) for entry in entries)


def fresh(headers):
    try:
        return abs(time.time() - int(headers.get("webhook-timestamp", "0"))) <= TOLERANCE_SECONDS
    except ValueError:
        return False


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=9000)
    parser.add_argument("--secret", required=True, help="the whsec_... secret add-webhook printed")
    args = parser.parse_args()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            ok = (fresh(self.headers) and gateway_signature_ok(args.secret, self.headers, body)
                  and standard_signature_ok(args.secret, self.headers, body))
            self.send_response(200 if ok else 401)
            self.send_header("Content-Length", "0")
            self.end_headers()
            event = json.loads(body or b"{}")
            print(("verified " if ok else "REJECTED ") + json.dumps(event, ensure_ascii=False), flush=True)

        def log_message(self, *_):
            pass

    ThreadingHTTPServer(("127.0.0.1", args.port), Handler).serve_forever()


if __name__ == "__main__":
    main()
