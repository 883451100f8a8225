"""The bundle's own hook for Faker, used instead of PyInstaller's, which takes the
providers of every locale (13 MB): the demo data is Finnish (ryhmat.demo.names); Faker
falls back to US English, and its lorem texts are Latin. A frozen Faker lists its
providers and locales by their __init__.py files, and imports them from the archive."""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

LOCALES = ("fi_FI", "sv_SE", "en_US", "en", "la")


def _wanted(name: str) -> bool:
    """faker.providers, a provider, or one of its kept locales."""
    parts = name.split(".")
    return len(parts) < 4 or parts[3] in LOCALES


hiddenimports = collect_submodules("faker.providers", filter=_wanted)
datas = collect_data_files(
    "faker.providers",
    include_py_files=True,
    includes=["__init__.py", "*/__init__.py"] + [f"*/{locale}/__init__.py" for locale in LOCALES],
)
