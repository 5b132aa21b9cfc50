"""Taggers over hashed character features in PyTorch alone (no spaCy), so that the CPU architecture
experiment (``bilstm_experiment``) and the GPU teacher (``gpu_teacher``, run on a machine that has
PyTorch but not spaCy) build the same networks: a BiLSTM, and a transformer encoder trained from
scratch (the issue's "small transformer"). Both embed the feature columns the same way."""
from __future__ import annotations

from typing import Any, Sequence


def _feature_embeddings(torch: Any, widths: Sequence[int], rows: Sequence[int]) -> Any:
    """One embedding table per feature column (ids taken modulo the table's rows), concatenated."""
    nn = torch.nn

    class FeatureEmbeddings(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.register_buffer("rows", torch.tensor(list(rows), dtype=torch.int64), persistent=False)
            self.embeds = nn.ModuleList(nn.Embedding(r, w) for r, w in zip(rows, widths))

        def forward(self, ids: Any) -> Any:
            return torch.cat([emb(ids[:, :, k] % self.rows[k]) for k, emb in enumerate(self.embeds)], dim=-1)

    return FeatureEmbeddings()


def build_model(torch: Any, widths: Sequence[int], rows: Sequence[int], hidden: int, dropout: float,
                layers: int = 1, n_tags: int = 13) -> Any:
    """The feature embeddings, then ``layers`` bidirectional LSTM layers of ``hidden`` units per
    direction and a linear layer to the tag scores (logits)."""
    nn = torch.nn

    class BiLstmTagger(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.embed = _feature_embeddings(torch, widths, rows)
            self.drop = nn.Dropout(dropout)
            self.lstm = nn.LSTM(sum(widths), hidden, num_layers=layers, batch_first=True,
                                bidirectional=True, dropout=dropout if layers > 1 else 0.0)
            self.out = nn.Linear(2 * hidden, n_tags)

        def forward(self, ids: Any, lengths: Any) -> Any:
            packed = nn.utils.rnn.pack_padded_sequence(self.drop(self.embed(ids)), lengths.cpu(), batch_first=True,
                                                       enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=ids.shape[1])
            return self.out(self.drop(h))

    return BiLstmTagger()


def build_transformer(torch: Any, widths: Sequence[int], rows: Sequence[int], hidden: int, dropout: float,
                      layers: int = 4, n_tags: int = 13, heads: int = 4) -> Any:
    """The feature embeddings projected to ``hidden`` with sinusoidal positions, then ``layers``
    pre-norm transformer encoder layers (``heads`` heads, feed-forward 4 x ``hidden``; padding
    masked) and a linear layer to the tag scores (logits)."""
    nn = torch.nn

    class TransformerTagger(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.embed = _feature_embeddings(torch, widths, rows)
            self.project = nn.Linear(sum(widths), hidden)
            self.drop = nn.Dropout(dropout)
            layer = nn.TransformerEncoderLayer(hidden, heads, 4 * hidden, dropout, batch_first=True, norm_first=True)
            self.encoder = nn.TransformerEncoder(layer, layers, enable_nested_tensor=False)
            self.norm = nn.LayerNorm(hidden)
            self.out = nn.Linear(hidden, n_tags)

        def positions(self, n: int, device: Any) -> Any:
            pos = torch.arange(n, device=device, dtype=torch.float32)[:, None]
            freq = torch.exp(torch.arange(0, hidden, 2, device=device, dtype=torch.float32) * (-9.21 / hidden))
            table = torch.zeros(n, hidden, device=device)
            table[:, 0::2], table[:, 1::2] = torch.sin(pos * freq), torch.cos(pos * freq)
            return table

        def forward(self, ids: Any, lengths: Any) -> Any:
            x = self.project(self.embed(ids)) + self.positions(ids.shape[1], ids.device)
            pad = torch.arange(ids.shape[1], device=ids.device)[None, :] >= lengths.to(ids.device)[:, None]
            h = self.encoder(self.drop(x), src_key_padding_mask=pad)
            return self.out(self.drop(self.norm(h)))

    return TransformerTagger()
