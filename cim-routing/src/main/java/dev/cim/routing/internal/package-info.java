/** Not API: helpers shared inside cim-routing; may change without notice. */
package dev.cim.routing.internal;
