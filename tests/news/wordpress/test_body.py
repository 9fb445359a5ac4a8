"""Converting post bodies: what survives, what is dropped, and what is reported."""

from django.test import SimpleTestCase

from news.wordpress.body import ImageItem, convert, safe_href
from news.wordpress.gutenberg import parse_blocks
from news.wordpress.shortcodes import expand_shortcodes


def paragraphs(items):
    return [item[1] for item in items if not isinstance(item, ImageItem) and item[0] == "paragraph"]


class UnsafeMarkupTests(SimpleTestCase):
    def test_nothing_executable_survives(self):
        items, notes = convert(
            '<p onmouseover="steal()" style="position:fixed">Hello <b onclick="x()">there</b></p>'
            "<script>alert(1)</script><style>body{display:none}</style>"
            "<form action='https://evil.example'><input name=pin></form>"
            '<p><a href="javascript:alert(1)">one</a> <a href=" JaVa&#x09;Script:alert(2)">two</a> '
            '<a href="data:text/html;base64,PHNjcmlwdD4=">three</a> '
            '<a href="vbscript:msgbox">four</a> <a href="mailto:a@firm.example">five</a></p>'
            '<img src="x" onerror="alert(3)"><svg onload="alert(4)"><script>x</script></svg>'
            '<object data="evil.swf"></object><iframe src="javascript:alert(5)"></iframe>'
        )
        markup = "".join(paragraphs(items))
        self.assertEqual(
            markup,
            "<p>Hello <b>there</b></p>"
            '<p>one two three four <a href="mailto:a@firm.example">five</a></p>',
        )
        self.assertEqual(notes.unsafe["unsafe link"], 4)
        self.assertEqual(notes.unsafe["<script>"], 1)
        self.assertEqual(notes.unsafe["unsafe embed"], 1)

    def test_safe_links(self):
        for href in ("https://example.org/x", "/news/", "#part-2", "mailto:a@b.example", "tel:+44"):
            self.assertEqual(safe_href(href), href)
        for href in ("javascript:x", "JAVASCRIPT:x", "java\nscript:x", "data:x", "file:///etc"):
            self.assertIsNone(safe_href(href), href)

    def test_text_is_escaped(self):
        items, _ = convert("<p>Fees &lt;script&gt; &amp; costs: 5 &lt; 6</p>")
        self.assertEqual(paragraphs(items), ["<p>Fees &lt;script&gt; &amp; costs: 5 &lt; 6</p>"])


class ClassicEditorTests(SimpleTestCase):
    def test_blank_lines_make_paragraphs_and_newlines_line_breaks(self):
        items, _ = convert("First line\nsecond line\n\nNew paragraph\n\n\n<h3>Heading</h3>\nAfter")
        self.assertEqual(
            items,
            [
                ("paragraph", "<p>First line<br/>second line</p>"),
                ("paragraph", "<p>New paragraph</p>"),
                ("heading", "Heading", 3),
                ("paragraph", "<p>After</p>"),
            ],
        )

    def test_caption_shortcode_becomes_an_image_with_caption(self):
        items, _ = convert(
            '[caption id="attachment_7" width="300"]<img src="/wp-content/uploads/a-300x200.jpg" '
            'alt="A gate" /> The <em>old</em> gate[/caption]'
        )
        self.assertEqual(
            items, [ImageItem(7, "/wp-content/uploads/a-300x200.jpg", "A gate", "The old gate")]
        )

    def test_quote_with_citation(self):
        items, _ = convert(
            "<blockquote><p>Line one</p><p>Line two</p>"
            "<cite>— Mrs Justice Example</cite></blockquote>"
        )
        self.assertEqual(items, [("quote", "Line one\n\nLine two", "Mrs Justice Example")])

    def test_a_quote_too_long_for_the_quote_block_is_kept_whole(self):
        long_text = "word " * 300
        items, notes = convert(f"<blockquote><p>{long_text}</p><cite>A judge</cite></blockquote>")
        self.assertEqual(notes.long_quotes, 1)
        self.assertEqual(paragraphs(items)[0], f"<p><i>{long_text.strip()}</i></p>")
        self.assertEqual(paragraphs(items)[1], "<p>— A judge</p>")

    def test_lazy_loaded_and_linked_images(self):
        items, _ = convert(
            '<p>Before <a href="/wp-content/uploads/big.jpg"><img data-src="/wp-content/uploads/'
            'small.jpg" class="lazy wp-image-9" alt="Bench"></a> after</p>'
        )
        self.assertEqual(
            items,
            [
                ("paragraph", "<p>Before</p>"),
                ImageItem(9, "/wp-content/uploads/small.jpg", "Bench", ""),
                ("paragraph", "<p>after</p>"),
            ],
        )

    def test_nested_lists_keep_their_shape(self):
        items, _ = convert("<ol><li>One<ul><li>One a</li></ul></li><li><p>Two</p></li></ol>")
        self.assertEqual(
            items, [("list", "<ol><li>One<ul><li>One a</li></ul></li><li>Two</li></ol>")]
        )


class ShortcodeTests(SimpleTestCase):
    def expand(self, text):
        dropped = []
        return expand_shortcodes(text, dropped=dropped.append, attachments_of_post=(4, 5)), dropped

    def test_brackets_in_legal_writing_are_not_shortcodes(self):
        text = 'He said "[the defendant] knew" [sic]; see Smith v Jones [2019] EWCA Civ 12 [2].'
        self.assertEqual(self.expand(text), (text, []))

    def test_unknown_shortcodes_are_removed_and_wrappers_keep_their_text(self):
        result, dropped = self.expand(
            '[vc_row][vc_column width="1/2"][vc_column_text]Kept text[/vc_column_text]'
            '[/vc_column][/vc_row][custom_widget id="3"][tweetable]Quoted[/tweetable]'
        )
        self.assertEqual(result, "Kept textQuoted")
        self.assertEqual(
            sorted(dropped), ["custom_widget", "tweetable", "vc_column", "vc_column_text", "vc_row"]
        )

    def test_known_shortcodes(self):
        self.assertEqual(self.expand("[contact-form]"), ("", ["contact-form"]))
        self.assertEqual(self.expand('[video src="a.mp4"]fallback[/video]'), ("", ["video"]))
        self.assertEqual(self.expand("[[gallery]]"), ("[gallery]", []))
        gallery, _ = self.expand("[gallery]")
        self.assertEqual(gallery.count("data-wp-attachment"), 2)
        embed, dropped = self.expand("[embed]https://www.youtube.com/watch?v=x[/embed]")
        self.assertIn('href="https://www.youtube.com/watch?v=x"', embed)
        self.assertEqual(dropped, [])


class BlockEditorTests(SimpleTestCase):
    def test_blocks_parse_into_a_tree(self):
        tree = parse_blocks(
            '<!-- wp:columns --><div><!-- wp:column --><div><!-- wp:paragraph {"x":1} -->'
            "<p>A</p><!-- /wp:paragraph --></div><!-- /wp:column --></div><!-- /wp:columns -->"
            "<!-- wp:spacer /--><!-- an ordinary comment -->"
        )
        columns, spacer, comment = tree
        self.assertEqual(columns.name, "core/columns")
        paragraph = columns.inner_blocks[0].inner_blocks[0]
        self.assertEqual(
            (paragraph.name, paragraph.attrs, paragraph.html()),
            ("core/paragraph", {"x": 1}, "<p>A</p>"),
        )
        self.assertEqual(spacer.name, "core/spacer")
        self.assertEqual(comment, "<!-- an ordinary comment -->")

    def test_layout_blocks_keep_their_content_and_others_are_reported(self):
        items, notes = convert(
            "<!-- wp:group --><div><!-- wp:paragraph --><p>In a group</p><!-- /wp:paragraph -->"
            "</div><!-- /wp:group --><!-- wp:spacer /--><!-- wp:latest-posts /-->"
            '<!-- wp:acme/notice --><div class="notice">Office closed Friday</div>'
            "<!-- /wp:acme/notice -->"
            '<!-- wp:block {"ref":77} /-->'
        )
        self.assertEqual(paragraphs(items), ["<p>In a group</p>", "<p>Office closed Friday</p>"])
        self.assertEqual(
            set(notes.dropped_blocks), {"core/spacer", "core/latest-posts", "core/block"}
        )
        self.assertEqual(set(notes.loose_blocks), {"acme/notice"})

    def test_a_hostile_body_converts_in_proportion_to_its_length(self):
        import time

        started = time.monotonic()
        convert("<!-- wp:a {" * 20_000 + "[x " * 20_000)
        self.assertLess(time.monotonic() - started, 5)
