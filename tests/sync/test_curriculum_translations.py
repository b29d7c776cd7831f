"""A curriculum's translated module titles travel with it from HQ to the sites."""

from pathlib import Path

from mss_training.io.curriculum_file import parse_curriculum
from mss_training.services.curriculum import install_curriculum, module_titles
from tests.sync.nodes import ACTOR, mission

CURRICULUM = """
[curriculum]
version = "2027.1"
title = "Translated"

[[modules]]
code = "UOF-101"
title.en = "Use of force"
title.fr = "Usage de la force"
title.es = "Uso de la fuerza"
title.ht = "Itilizasyon fòs"
category = "Use of force"
hours = 8
delivery = "classroom"
assessment = "attendance"
requirements = [{ role = "ALL", phase = "pre-deployment" }]
"""


def test_translated_titles_reach_a_site_with_the_curriculum(tmp_path: Path) -> None:
    hq, site = mission(tmp_path, sites=1)
    with hq.database.transaction() as session:
        install_curriculum(session, parse_curriculum(CURRICULUM), ACTOR)
    hq.send(site)
    with site.database.reading() as session:
        assert module_titles(session, "ht")["UOF-101"] == "Itilizasyon fòs"
        assert module_titles(session, "es")["UOF-101"] == "Uso de la fuerza"
        assert module_titles(session, "en")["UOF-101"] == "Use of force"
