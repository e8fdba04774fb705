"""A Lambda Runtime API for instruction counting: serves one envelope N times (fresh timestamp each), accepts the
responses, then, as Lambda does between events, keeps the next GET /next waiting; it creates <served-file> then, so
that the caller can stop the host with SIGTERM (its exit path, e.g. a stack trace for a failed /next, is not counted).
Usage: python3 fake_runtime_api.py <port> <envelope.json> <events> <served-file>"""
import http.server
import re
import sys
import time
import uuid

envelope = open(sys.argv[2], 'rb').read()
remaining = int(sys.argv[3])
served_file = sys.argv[4]


class RuntimeApi(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def log_message(self, *args):
        pass

    def do_GET(self):
        global remaining
        if remaining <= 0:
            open(served_file, 'w').close()
            time.sleep(3600)
            return
        remaining -= 1
        now = time.strftime('"timestamp":"%Y-%m-%dT%H:%M:%SZ"', time.gmtime()).encode()
        body = re.sub(rb'"timestamp":"[^"]*"', now, envelope, count=1)
        self.send_response(200)
        self.send_header('Lambda-Runtime-Aws-Request-Id', uuid.uuid4().hex)
        self.send_header('Lambda-Runtime-Deadline-Ms', str(int(time.time() * 1000) + 300000))
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        self.rfile.read(int(self.headers.get('Content-Length', 0)))
        self.send_response(202)
        self.send_header('Content-Length', '0')
        self.end_headers()


http.server.ThreadingHTTPServer(('127.0.0.1', int(sys.argv[1])), RuntimeApi).serve_forever()
