from portal.entitlements.models.pages import EntitlementGuidePage, EntitlementIndexPage
from portal.entitlements.models.rows import Answer, EntitlementRow

__all__ = ["Answer", "EntitlementGuidePage", "EntitlementIndexPage", "EntitlementRow"]
