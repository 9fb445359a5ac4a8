"""
The admin's door: two-factor authentication, lockouts after failed sign-ins,
the admin's own Content Security Policy and the client's address behind a
proxy. Like the base, it imports no app.
"""
