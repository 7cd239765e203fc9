/** Spring Boot test support: {@link dev.switchboard.spring.boot.test.SwitchboardSandboxTest}. */
package dev.switchboard.spring.boot.test;
