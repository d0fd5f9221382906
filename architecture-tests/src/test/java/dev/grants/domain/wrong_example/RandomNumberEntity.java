package dev.grants.domain.wrong_example;

import java.util.Random;

/** Wrong: draws from a Random instead of receiving ids through the IdGenerator port. */
public final class RandomNumberEntity {
  public int draw() {
    return new Random().nextInt();
  }
}
