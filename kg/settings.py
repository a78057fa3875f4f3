"""Settings, read once at the edge from the environment (KG_*, and the standard NEO4J_*)."""

from __future__ import annotations

from pathlib import Path

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_STORE = Path(".kg") / "graph.lbdb"


class Settings(BaseSettings):
    """Where the graph lives and how to reach Neo4j. Passwords stay SecretStr end to end."""

    model_config = SettingsConfigDict(env_prefix="KG_", extra="ignore")

    backend: str = Field(default="embedded", description="embedded (LadybugDB file) or neo4j")
    store: Path = Field(default=DEFAULT_STORE, description="path of the embedded store")

    neo4j_uri: str = Field(default="bolt://127.0.0.1:7687", validation_alias=AliasChoices("NEO4J_URI"))
    neo4j_user: str = Field(default="neo4j", validation_alias=AliasChoices("NEO4J_USER", "NEO4J_USERNAME"))
    neo4j_password: SecretStr = Field(default=SecretStr(""), validation_alias=AliasChoices("NEO4J_PASSWORD"))
    neo4j_database: str = Field(default="neo4j", validation_alias=AliasChoices("NEO4J_DATABASE"))
    neo4j_ca_cert: Path | None = Field(default=None, validation_alias=AliasChoices("NEO4J_CA_CERT", "KG_NEO4J_CA_CERT"))
