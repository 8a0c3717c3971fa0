from portal.directory.models.hours import ClosedDate, OpeningHours, ServiceLocation, Weekday
from portal.directory.models.organisations import Organisation
from portal.directory.models.pages import (
    Cost,
    DistrictIndexPage,
    DistrictPage,
    Referral,
    ServicePage,
    ServiceStatus,
)
from portal.directory.models.reports import ListingProblem, ProblemKind

__all__ = [
    "ClosedDate",
    "Cost",
    "DistrictIndexPage",
    "DistrictPage",
    "ListingProblem",
    "OpeningHours",
    "Organisation",
    "ProblemKind",
    "Referral",
    "ServiceLocation",
    "ServicePage",
    "ServiceStatus",
    "Weekday",
]
