"""Another device on the LAN that claims to be the router: it answers every SSDP search from
its own address, with a description server of its own. Run inside a namespace:

    python ssdp_impostor.py <own address> <interface address for multicast>
"""

from __future__ import annotations

import socket
import struct
import sys
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

OWN = sys.argv[1]
DESCRIPTION = (b'<?xml version="1.0"?><root xmlns="urn:schemas-upnp-org:device-1-0"><device>'
               b"<manufacturer>BUFFALO INC.</manufacturer><modelName>WSR-FAKE</modelName>"
               b"<presentationURL>http://203.0.113.66/</presentationURL></device></root>")


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        self.send_response(200)
        self.send_header("Content-Length", str(len(DESCRIPTION)))
        self.end_headers()
        self.wfile.write(DESCRIPTION)

    def log_message(self, *args: object) -> None:
        pass


http = HTTPServer((OWN, 0), Handler)
threading.Thread(target=http.serve_forever, daemon=True).start()
listen = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
listen.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listen.bind(("", 1900))
listen.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP,
                  struct.pack("4s4s", socket.inet_aton("239.255.255.250"),
                              socket.inet_aton(sys.argv[2])))
reply = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
reply.bind((OWN, 0))
print("ready", flush=True)
while True:
    data, peer = listen.recvfrom(4096)
    if data.startswith(b"M-SEARCH"):
        reply.sendto(b"HTTP/1.1 200 OK\r\nST: upnp:rootdevice\r\nLOCATION: http://"
                     + f"{OWN}:{http.server_address[1]}/desc.xml".encode() + b"\r\n\r\n", peer)
