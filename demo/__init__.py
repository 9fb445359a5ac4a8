"""
The demo: an invented firm (Ashdown Marlowe Solicitors), its people, its
articles and their images, loaded by `manage.py load_demo_content` so a first
`make run` shows a site worth looking at. Nothing that runs the site imports it.
"""
