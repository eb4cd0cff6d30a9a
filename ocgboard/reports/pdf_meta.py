"""What a PDF says of itself: its language, its title in the viewer's window, and
XMP metadata carrying the protective marking.

A screen reader needs /Lang to speak the text as English; a viewer shows the
file name instead of the title unless DisplayDocTitle asks; and a records
system or a data-loss filter reads the marking from XMP (dc:rights), where it
travels with the file whatever the file is called.
"""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import XMP, PDFDocument
from reportlab.pdfgen.canvas import Canvas

LANGUAGE = "en-GB"
NAMESPACE = "https://ocgboard.org/ns/pdf/1.0/"

_PACKET = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:ocgboard="{namespace}">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li></rdf:Alt>
   </dc:description>
   <dc:rights><rdf:Alt><rdf:li xml:lang="x-default">{marking}</rdf:li></rdf:Alt></dc:rights>
   <dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreateDate>{made}</xmp:CreateDate>
   <xmp:ModifyDate>{made}</xmp:ModifyDate>
   <xmp:MetadataDate>{made}</xmp:MetadataDate>
   <xmp:CreatorTool>ocgboard</xmp:CreatorTool>
   <pdf:Producer>ocgboard (ReportLab)</pdf:Producer>
   <ocgboard:Marking>{marking}</ocgboard:Marking>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


def describe(canvas: Canvas, marking: str, made_at: dt.datetime) -> None:
    """Give the canvas's document its title in the window and its XMP metadata (its
    language is the document template's `lang`)."""
    canvas.setViewerPreference("DisplayDocTitle", "true")
    metadata = XMP(creator=lambda doc: packet(doc, marking, made_at))
    metadata.filters = []  # left uncompressed, where XMP readers expect to find it
    canvas._doc.Catalog.Metadata = metadata


def packet(doc: PDFDocument, marking: str, made_at: dt.datetime) -> bytes:
    """The XMP packet (in UTF-8, as XMP is written), from the document's info as
    laid out: title, author, subject."""
    info = doc.info
    return _PACKET.format(
        namespace=NAMESPACE, language=LANGUAGE, marking=escape(marking),
        title=escape(info.title or ""), author=escape(info.author or ""),
        subject=escape(info.subject or ""),
        made=made_at.astimezone().isoformat(timespec="seconds")).encode("utf-8")
