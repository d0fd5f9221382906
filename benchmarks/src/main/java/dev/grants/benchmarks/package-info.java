/** JMH benchmarks of Grants, each against the reference a user would pick instead, in the same run. */
package dev.grants.benchmarks;
