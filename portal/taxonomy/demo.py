from portal.taxonomy.operations import taxonomy_load_defaults


def load(*, stdout) -> None:
    counts = taxonomy_load_defaults()
    stdout.write("  " + ", ".join(f"{count} {name}" for name, count in counts.items()))
