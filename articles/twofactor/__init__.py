"""Two-factor login for staff: a code from an authenticator app (TOTP) or a one-time recovery code.

The password and the code are two steps of one login: Django's `login()` runs only after the code, so a
half-logged-in session does not exist and no admin address can be reached between the two steps.
"""
