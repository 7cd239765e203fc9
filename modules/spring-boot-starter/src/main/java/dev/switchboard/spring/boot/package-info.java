/** Spring Boot auto-configuration of Switchboard ({@link dev.switchboard.spring.boot.SwitchboardAutoConfiguration}). */
package dev.switchboard.spring.boot;
