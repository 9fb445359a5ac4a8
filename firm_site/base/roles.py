"""
The names of the firm's roles: groups created by migration `firm_site.0002`,
and the Legal review workflow. What each role may do under a News & Blog page
is set by `news.permissions`.
"""

SOLICITORS = "Solicitors"
EDITORS = "Editors"
ENQUIRY_HANDLERS = "Enquiry handlers"
LEGAL_REVIEW = "Legal review"
