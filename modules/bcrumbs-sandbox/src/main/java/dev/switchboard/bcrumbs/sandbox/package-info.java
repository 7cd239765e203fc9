/**
 * bcrumbs in the sandbox: its fake (package-private, plugged in by
 * {@link dev.switchboard.bcrumbs.sandbox.BcrumbsFakeProvider}, which {@link java.util.ServiceLoader} finds), the
 * fake's fixed test values ({@link dev.switchboard.bcrumbs.sandbox.BcrumbsSandbox}) and its fixtures
 * ({@link dev.switchboard.bcrumbs.sandbox.BcrumbsFixtures}).
 */
package dev.switchboard.bcrumbs.sandbox;
