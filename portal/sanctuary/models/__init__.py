from portal.sanctuary.models.pages import OutcomesPage, PartnershipPage, SanctuaryPage
from portal.sanctuary.models.partnership import DistrictForum, PartnershipMember

__all__ = [
    "DistrictForum",
    "OutcomesPage",
    "PartnershipMember",
    "PartnershipPage",
    "SanctuaryPage",
]
