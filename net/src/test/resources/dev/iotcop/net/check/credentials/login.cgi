#!/bin/sh
# The login form of a simple device. It accepts the "username=...&password=..." pair written in the file
# "form-account" one directory up; a POST with it is answered by a redirect and a session cookie, any other POST by
# the form again with an error message.
here=$(dirname "$0")
expected=$(cat "$here/../form-account" 2>/dev/null)
form='<html><head><title>Camera login</title></head><body><form method="post" action="/login.cgi">
<input type="hidden" name="token" value="t1"><input type="text" name="username">
<input type="password" name="password"><input type="submit" name="login" value="Log in"></form></body></html>'
if [ "$REQUEST_METHOD" = POST ]; then
  body=$(head -c "${CONTENT_LENGTH:-0}")
  case "$body" in
    "token=t1&$expected&login=Log+in")
      printf 'Status: 302 Found\r\nLocation: /status.html\r\nSet-Cookie: sid=42; HttpOnly\r\nContent-Type: text/html\r\n\r\n'
      exit 0;;
  esac
  printf 'Content-Type: text/html\r\n\r\n<p>Invalid user name or password</p>%s\n' "$form"
  exit 0
fi
printf 'Content-Type: text/html\r\nSet-Cookie: pre=1\r\n\r\n%s\n' "$form"
