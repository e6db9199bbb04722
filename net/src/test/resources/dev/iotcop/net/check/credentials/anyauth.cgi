#!/bin/sh
# A page that asks for Basic credentials but lets in whatever it is sent.
if [ -z "$HTTP_AUTHORIZATION" ]; then
  printf 'Status: 401 Unauthorized\r\nWWW-Authenticate: Basic realm="gateway"\r\nContent-Type: text/html\r\n\r\n<p>login required</p>\n'
else
  printf 'Content-Type: text/html\r\n\r\n<h1>Settings</h1>\n'
fi
