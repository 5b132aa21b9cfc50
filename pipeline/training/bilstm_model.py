"""The BiLSTM tagger over hashed character features, in PyTorch alone (no spaCy), so that both the
CPU architecture experiment (``bilstm_experiment``) and the GPU teacher (``gpu_teacher``, run on a
machine that has PyTorch but not spaCy) build the same network."""
from __future__ import annotations

from typing import Any, Sequence


def build_model(torch: Any, widths: Sequence[int], rows: Sequence[int], hidden: int, dropout: float,
                layers: int = 1, n_tags: int = 13) -> Any:
    """One embedding table per feature column (ids taken modulo the table's rows), concatenated,
    then ``layers`` bidirectional LSTM layers of ``hidden`` units per direction and a linear layer
    to the tag scores (logits)."""
    nn = torch.nn

    class BiLstmTagger(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.register_buffer("rows", torch.tensor(list(rows), dtype=torch.int64), persistent=False)
            self.embeds = nn.ModuleList(nn.Embedding(r, w) for r, w in zip(rows, widths))
            self.drop = nn.Dropout(dropout)
            self.lstm = nn.LSTM(sum(widths), hidden, num_layers=layers, batch_first=True,
                                bidirectional=True, dropout=dropout if layers > 1 else 0.0)
            self.out = nn.Linear(2 * hidden, n_tags)

        def forward(self, ids: Any, lengths: Any) -> Any:
            x = torch.cat([emb(ids[:, :, k] % self.rows[k]) for k, emb in enumerate(self.embeds)], dim=-1)
            packed = nn.utils.rnn.pack_padded_sequence(self.drop(x), lengths.cpu(), batch_first=True,
                                                       enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=ids.shape[1])
            return self.out(self.drop(h))

    return BiLstmTagger()
