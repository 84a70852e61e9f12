"""HQ screens for the exchange with the other Party's central authority (issue 9 §8)."""
