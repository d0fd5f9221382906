/** What happened: the domain events a listener is told of after a change is committed. */
package dev.grants.domain.event;
