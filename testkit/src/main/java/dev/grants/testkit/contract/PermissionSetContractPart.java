package dev.grants.testkit.contract;

import dev.grants.ports.out.PermissionSetRepository;

/** A nested part of {@link PermissionSetRepositoryContract}: its cases on the suite's repository under test. */
abstract class PermissionSetContractPart {
  /** The suite this part belongs to, for its settings (how many concurrent writers, how long to wait). */
  final PermissionSetRepositoryContract suite;

  PermissionSetContractPart(PermissionSetRepositoryContract suite) {
    this.suite = suite;
  }

  /** The repository under test, fresh for each case. */
  final PermissionSetRepository repository() {
    return suite.repository;
  }
}
