"""Roles stage: (person, position, organization) from article docs; see component.py."""
from .component import RoleExtractor, make_role_extractor
from .lexicon import RoleLexicon, read_positions

__all__ = ["RoleExtractor", "RoleLexicon", "make_role_extractor", "read_positions"]
