# Set-up on a fresh machine: `make extract` then `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

CONFIG ?= configs/default.yaml
INPUT  ?= data/samples
OUTPUT ?= outputs
GOLD   ?= data/gold
CORPORA ?= ../shared/corpora
BENCH_PAGES ?= 500

.PHONY: venv install install-hanlp test-hanlp extract test eval eval-pd eval-madeup bench report train train-segmenter train-ner wordlist divisions clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Optional HanLP backend (torch + transformers, ~1 GB): see docs/hanlp.md. Best in its own venv.
TORCH_WHEEL ?= /opt/wheels/torch-2.13.0+cpu-cp311-cp311-manylinux_2_28_x86_64.whl
install-hanlp: $(STAMP)
	$(PY) -m pip install --quiet $(TORCH_WHEEL)
	$(PY) -m pip install --quiet -e '.[hanlp]'

# The HanLP tests in a venv of their own (torch makes every spaCy import slower).
HANLP_VENV := .venv-hanlp
test-hanlp:
	test -x $(HANLP_VENV)/bin/python || $(PYTHON) -m venv $(HANLP_VENV)
	$(HANLP_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(HANLP_VENV)/bin/python -m pip install --quiet $(TORCH_WHEEL)
	$(HANLP_VENV)/bin/python -m pip install --quiet -e '.[test,hanlp]'
	$(HANLP_VENV)/bin/python -m pytest -q tests/test_hanlp_backend.py tests/test_bilstm_experiment.py tests/test_gpu_teacher.py

extract: $(STAMP)
	$(PY) -m pipeline extract --config $(CONFIG) --input $(INPUT) --output $(OUTPUT)

test: $(STAMP)
	$(PY) -m pytest -q

# Scores $(OUTPUT) against $(GOLD); with the development set beside the checkout, also extracts
# and scores both of its layouts (pages, one article a page) with $(CONFIG).
DEVSET ?= ../shared/devset
eval: $(STAMP)
	$(PY) -m pipeline eval --output $(OUTPUT) --gold $(GOLD)
	@if [ -d "$(DEVSET)/pages" ]; then \
	  for layout in pages articles; do \
	    if [ $$layout = pages ]; then src=$(DEVSET); else src=$(DEVSET)/articles; fi; \
	    echo "== devset, $$layout layout"; \
	    $(PY) -m pipeline extract --config $(CONFIG) --input $$src/pages --output $(OUTPUT)-devset-$$layout --quiet >/dev/null || exit $$?; \
	    $(PY) -m pipeline eval --output $(OUTPUT)-devset-$$layout --gold $$src/gold || exit $$?; \
	  done; \
	else echo "no development set at $(DEVSET): skipped"; fi

# People's Daily 1998 pages of days 21-25, which the NER model was not trained on, through the
# whole pipeline (splitter included) and scored like the devset. Honest: the model's gazetteer is
# rebuilt from days 1-20 only in a copy of the model (the shipped one holds days 1-25).
PD_EVAL ?= build/pd-eval
PD_PAGES ?= 120
eval-pd: $(STAMP)
	rm -rf $(PD_EVAL) && mkdir -p $(PD_EVAL)
	cp -r models/ner $(PD_EVAL)/ner
	$(PY) -m pipeline.training.set_lexicon --model $(PD_EVAL)/ner --days 1 20 --corpora $(CORPORA)
	$(PY) -m pipeline.evaluation.pd_pages --corpus $(CORPORA)/pd1998/199801_01-25.txt.gz --days 21 25 \
	  --pages $(PD_PAGES) --seed 7 --out $(PD_EVAL)/pages
	$(PY) -m pipeline extract --config $(CONFIG) --set ner.model=$(abspath $(PD_EVAL))/ner --input $(PD_EVAL)/pages --output $(PD_EVAL)/out --quiet
	$(PY) -m pipeline eval --output $(PD_EVAL)/out --gold $(PD_EVAL)/pages

# The made-up sets of eval/madeup (invented union news with hand-made gold; see its README), each
# extracted with $(CONFIG) and scored.
MADEUP ?= eval/madeup
eval-madeup: $(STAMP)
	@for set in $(MADEUP)/*/; do name=$$(basename $$set); echo "== made-up set $$name"; \
	  $(PY) -m pipeline extract --config $(CONFIG) --input $$set/pages --output $(OUTPUT)-madeup-$$name --quiet >/dev/null || exit $$?; \
	  $(PY) -m pipeline eval --output $(OUTPUT)-madeup-$$name --gold $$set/gold || exit $$?; \
	done

report: $(STAMP)
	$(PY) -m pipeline.report --output $(OUTPUT) --gold $(GOLD)

bench: $(STAMP)
	$(PY) -m pipeline.bench --config $(CONFIG) --pages $(BENCH_PAGES) --corpora $(CORPORA)

# Rebuild every model from the corpora (long: run in the background, see models/*/MODEL_CARD.md).
train: train-segmenter train-ner wordlist

train-segmenter: $(STAMP)
	$(PY) -m pipeline.training.train_segmenter --corpora $(CORPORA) --out models/pkuseg

# The shipped NER is a chain (models/ner/MODEL_CARD.md): v1 on MSRA, v2 fine-tuned with CLUENER2020,
# v4 fine-tuned with People's Daily days 1-20 (scored with a lexicon of days 1-20), shipped with the
# lexicon of days 1-25.
train-ner: $(STAMP)
	$(PY) -m pipeline.training.train_ner --config configs/train.yaml --corpora $(CORPORA) --out models/ner.v1
	$(PY) -m pipeline.training.train_ner --config configs/train_finetune_cluener.yaml --corpora $(CORPORA) \
	  --init-model models/ner.v1 --cluener --out models/ner.v2
	$(PY) -m pipeline.training.train_ner --config configs/train_v4.yaml --corpora $(CORPORA) \
	  --init-model models/ner.v2 --out models/ner
	$(PY) -m pipeline.training.set_lexicon --model models/ner --days 1 25 --corpora $(CORPORA)

wordlist: $(STAMP)
	$(PY) -m pipeline.splitter.wordlist --corpora $(CORPORA)

# China's prefectures and counties (data/lexicons/china_divisions.txt) and their provinces
# (province_of_places.txt) from the cpca package's code table.
divisions: $(STAMP)
	$(PY) -m pip install --quiet cpca==0.5.5 --no-deps
	$(PY) -m pipeline.corpora.divisions

clean:
	rm -rf $(OUTPUT) .pytest_cache
