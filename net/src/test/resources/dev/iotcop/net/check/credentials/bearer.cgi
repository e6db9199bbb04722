#!/bin/sh
# A page that asks for a token in a scheme a password cannot answer.
printf 'Status: 401 Unauthorized\r\nWWW-Authenticate: Bearer realm="api"\r\nContent-Type: text/html\r\n\r\n<p>token required</p>\n'
