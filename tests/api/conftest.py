from tests.search.pages import doctor, housing  # noqa: F401
