/** The learning-curve file of an adaptive measurement campaign (JSON DTO). */
package io.evolp.io.curve;
