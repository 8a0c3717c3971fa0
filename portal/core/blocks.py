"""StreamField blocks shared by every page type. There is deliberately no raw-HTML block."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

# Rich text features editors may use in body text: enough for guidance, nothing that breaks layout.
PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        max_length=120, help_text=_("A short heading that says what this part is about.")
    )
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
        help_text=_("Use a sub-heading only inside a section."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[
            ("info", _("Information")),
            ("important", _("Important")),
            ("warning", _("Warning")),
        ],
        default="info",
        help_text=_("Warning is for risks to someone's safety, money or immigration case."),
    )
    title = blocks.CharBlock(required=False, max_length=120, help_text=_("Optional heading."))
    text = blocks.RichTextBlock(
        features=PARAGRAPH_FEATURES, help_text=_("Keep it to a sentence or two.")
    )

    class Meta:
        icon = "warning"
        template = "blocks/callout_block.html"
        label = _("Callout")


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        max_length=80, help_text=_("What the reader does, e.g. 'Find English classes'.")
    )
    page = blocks.PageChooserBlock(required=False, help_text=_("A page on this site…"))
    url = blocks.URLBlock(required=False, help_text=_("…or an address on another site."))

    class Meta:
        icon = "link"
        template = "blocks/call_to_action_block.html"
        label = _("Call to action")

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks import StructBlockValidationError

        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise StructBlockValidationError(
                block_errors={
                    "page": ValidationError(_("Choose a page or enter an address, not both."))
                }
            )
        return value


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(
        max_length=200, help_text=_("The question as a reader would ask it.")
    )
    answer = blocks.RichTextBlock(
        features=PARAGRAPH_FEATURES, help_text=_("A short, plain answer.")
    )

    class Meta:
        icon = "help"
        label = _("Question")


class AccordionBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        required=False, max_length=120, help_text=_("e.g. 'Common questions'.")
    )
    items = blocks.ListBlock(QuestionBlock(), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/accordion_block.html"
        label = _("Questions and answers")


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=PARAGRAPH_FEATURES, icon="pilcrow", label=_("Paragraph")
    )
    callout = CalloutBlock()
    image = ImageBlock(label=_("Image"), template="blocks/image_block.html")
    call_to_action = CallToActionBlock()
    accordion = AccordionBlock()

    class Meta:
        block_counts = {}
